import SimKernel
import StreamModel

/// The run's consumer applications, and the one place that knows every kind: it builds each
/// from its `ConsumerKind` and forwards the world's signals to it. Each kind is kept in its own
/// array so a signal reaches concrete code (specialised, inlinable); only plug-ins go through an
/// existential. Adding a kind adds its array, its case in `add` and in `send`.
public struct ConsumerApps {
    enum Slot {
        case polling(Int), fanOut(Int), kcl(Int), lambda(Int), plugin(Int)
    }

    var slots: [Slot] = []
    var polling: [PollingConsumer] = []
    var fanOut: [FanOutConsumer] = []
    var kcl: [KCLApplication] = []
    var lambda: [LambdaMapping] = []
    var plugins: [any ConsumerApplication] = []
    /// Applications that want `.recordAccepted` signals.
    public private(set) var wakers: [Int] = []

    public init() {}

    public var count: Int { slots.count }

    /// Adds the next application, reading as `reader`, drawing from `random`.
    public mutating func add(_ kind: ConsumerKind, reading config: PollingConfig, reader: Int, random: SimRandom) {
        let reading = PollingConsumer(config: config, app: slots.count, reader: reader, random: random)
        switch kind {
        case .polling:
            slots.append(.polling(polling.count))
            polling.append(reading)
        case .fanOut(let settings):
            slots.append(.fanOut(fanOut.count))
            fanOut.append(FanOutConsumer(reading: reading, fanOut: settings))
        case .kcl(let settings):
            slots.append(.kcl(kcl.count))
            kcl.append(KCLApplication(reading: reading, settings: settings))
        case .lambda(let settings):
            slots.append(.lambda(lambda.count))
            lambda.append(LambdaMapping(reading: reading, settings: settings))
        case .plugin(_, _, let build):
            slots.append(.plugin(plugins.count))
            plugins.append(build(reading))
        }
        if self[slots.count - 1].wantsAcceptedRecords { wakers.append(slots.count - 1) }
    }

    /// Application `app`, read-only.
    public subscript(app: Int) -> any ConsumerApplication {
        switch slots[app] {
        case .polling(let index): return polling[index]
        case .fanOut(let index): return fanOut[index]
        case .kcl(let index): return kcl[index]
        case .lambda(let index): return lambda[index]
        case .plugin(let index): return plugins[index]
        }
    }

    /// Hands `signal` to application `app`.
    public mutating func send<Host: ConsumerHost, Queue: ConsumerScheduler>(
        _ signal: ConsumerSignal, to app: Int, now: SimTime, host: inout Host, queue: inout Queue) {
        switch slots[app] {
        case .polling(let index): polling[index].receive(signal, now: now, host: &host, queue: &queue)
        case .fanOut(let index): fanOut[index].receive(signal, now: now, host: &host, queue: &queue)
        case .kcl(let index): kcl[index].receive(signal, now: now, host: &host, queue: &queue)
        case .lambda(let index): lambda[index].receive(signal, now: now, host: &host, queue: &queue)
        case .plugin(let index): plugins[index].receive(signal, now: now, host: &host, queue: &queue)
        }
    }

    /// Hands `signal` to every application, in order.
    public mutating func broadcast<Host: ConsumerHost, Queue: ConsumerScheduler>(
        _ signal: ConsumerSignal, now: SimTime, host: inout Host, queue: inout Queue) {
        for app in slots.indices { send(signal, to: app, now: now, host: &host, queue: &queue) }
    }
}
