import Testing
@testable import SimKernel

/// The step loop: bounds, budgets, resumption and the clock the world sees.
struct SimulationRunTests {
    /// Records every event it handles; an event `n > 0` schedules `n − 1` one second later.
    struct Countdown: EventHandler {
        var handled: [(time: SimTime, value: Int)] = []

        mutating func handle(_ event: Int, now: SimTime, queue: inout EventQueue<Int>) {
            handled.append((now, event))
            if event > 0 { queue.schedule(event - 1, at: now + .seconds(1)) }
        }
    }

    static func simulation(startingAt value: Int) -> Simulation<Countdown> {
        var simulation = Simulation(world: Countdown())
        simulation.queue.schedule(value, at: .zero)
        return simulation
    }

    @Test func runsFollowUpsToAnEmptyQueue() {
        var simulation = Self.simulation(startingAt: 3)
        #expect(simulation.run(until: SimTime(nanoseconds: .max)) == .queueEmpty)
        #expect(simulation.world.handled.map(\.value) == [3, 2, 1, 0])
        #expect(simulation.world.handled.map(\.time.nanoseconds) == [0, 1, 2, 3].map { $0 * 1_000_000_000 })
        #expect(simulation.eventsHandled == 4)
        #expect(simulation.queue.now == SimTime.zero + .seconds(3))
    }

    @Test func emptyQueueReturnsAtOnce() {
        var simulation = Simulation(world: Countdown())
        #expect(simulation.run(until: SimTime.zero + .hours(1)) == .queueEmpty)
        #expect(simulation.eventsHandled == 0)
    }

    /// Events at exactly `until` run; the first later one stays queued, and a later call resumes.
    @Test func runUntilStopsBeforeLaterEventsAndResumes() {
        var simulation = Self.simulation(startingAt: 5)
        #expect(simulation.run(until: SimTime.zero + .seconds(2)) == .reachedTime)
        #expect(simulation.world.handled.map(\.value) == [5, 4, 3])
        #expect(simulation.queue.nextTime == SimTime.zero + .seconds(3))
        #expect(simulation.queue.now == SimTime.zero + .seconds(2))

        #expect(simulation.run(until: SimTime.zero + .milliseconds(2_500)) == .reachedTime)
        #expect(simulation.eventsHandled == 3)

        #expect(simulation.run(until: SimTime.zero + .minutes(1)) == .queueEmpty)
        #expect(simulation.world.handled.map(\.value) == [5, 4, 3, 2, 1, 0])
    }

    @Test func resumedRunEqualsOneLongRun() {
        var whole = Self.simulation(startingAt: 50)
        _ = whole.run(until: SimTime.zero + .hours(1))
        var pieces = Self.simulation(startingAt: 50)
        for second: Int64 in stride(from: 0, through: 3_600, by: 7) {
            _ = pieces.run(until: SimTime.zero + .seconds(second))
        }
        #expect(whole.world.handled.map(\.value) == pieces.world.handled.map(\.value))
        #expect(whole.world.handled.map(\.time) == pieces.world.handled.map(\.time))
    }

    /// `maxEvents` counts every event handled by this simulation, across resumed calls.
    @Test func eventBudgetNamesItsLimit() {
        var simulation = Self.simulation(startingAt: 10)
        #expect(simulation.run(until: SimTime.zero + .hours(1), maxEvents: 4) == .eventBudgetExhausted(limit: 4))
        #expect(simulation.eventsHandled == 4)
        #expect(simulation.world.handled.map(\.value) == [10, 9, 8, 7])
        #expect(simulation.run(until: SimTime.zero + .hours(1), maxEvents: 4) == .eventBudgetExhausted(limit: 4))
        #expect(simulation.eventsHandled == 4)
        #expect(simulation.run(until: SimTime.zero + .hours(1), maxEvents: 6) == .eventBudgetExhausted(limit: 6))
        #expect(simulation.world.handled.map(\.value) == [10, 9, 8, 7, 6, 5])
    }

    /// A budget used up exactly as the queue empties is not an error.
    @Test func budgetEqualToWorkIsQueueEmpty() {
        var simulation = Self.simulation(startingAt: 2)
        #expect(simulation.run(until: SimTime.zero + .hours(1), maxEvents: 3) == .queueEmpty)
    }

    @Test func timeBoundTakesPrecedenceOverBudget() {
        var simulation = Self.simulation(startingAt: 10)
        #expect(simulation.run(until: SimTime.zero + .seconds(1), maxEvents: 2) == .reachedTime)
        #expect(simulation.eventsHandled == 2)
    }
}
