import SimKernel

/// What kind of application a consumer is, with the settings only that kind has. Its reading
/// settings (`PollingConfig`) are common to every kind.
public enum ConsumerKind: Sendable {
    case polling
    case fanOut(FanOutConfig)
    /// An application built outside the model layer (a test's deliberately broken variant):
    /// given its index, its reader and its substream.
    case plugin(@Sendable (_ reading: PollingConsumer) -> any ConsumerApplication)
}
