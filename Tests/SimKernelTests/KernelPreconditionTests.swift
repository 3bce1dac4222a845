import Testing
@testable import SimKernel

/// Programmer errors stop the process (exit tests run each body in a child process).
struct KernelPreconditionTests {
    @Test func schedulingInThePastStops() async {
        await #expect(processExitsWith: .failure) {
            var queue = EventQueue<Int>()
            queue.schedule(1, at: SimTime(nanoseconds: 10))
            _ = queue.popNext()
            queue.schedule(2, at: SimTime(nanoseconds: 9))
        }
    }

    @Test func negativeTimeStops() async {
        await #expect(processExitsWith: .failure) {
            _ = SimTime.zero - .nanoseconds(1)
        }
    }

    @Test func boundedZeroStops() async {
        await #expect(processExitsWith: .failure) {
            var random = SimRandom(seed: 1)
            _ = random.bounded(0)
        }
    }

    @Test func lognormalWithP99BelowMedianStops() async {
        await #expect(processExitsWith: .failure) {
            _ = Distribution.LogNormal(median: .milliseconds(20), p99: .milliseconds(10))
        }
    }

    @Test func uniformDurationWithMinAboveMaxStops() async {
        await #expect(processExitsWith: .failure) {
            var random = SimRandom(seed: 1)
            _ = Distribution.uniform(min: .seconds(2), max: .seconds(1)).sample(&random)
        }
    }
}
