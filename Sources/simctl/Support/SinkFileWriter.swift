import ArgumentParser
import FleetModel
import Foundation
import SimHarness
import SimKernel
import Telemetry

/// The record format of the sink's files (`--sink-format`).
enum SinkFormat: String, ExpressibleByArgument, CaseIterable {
    /// One payload JSON per line, as a device sends it.
    case ndjson
    /// A header row, then one row per record; columns are the payloads' fields in order of first
    /// appearance in the object, empty where a record's kind has no such field.
    case csv

    var fileExtension: String { rawValue }
}

/// Writes what sinks delivered as real files (`simctl run --sink-dir`), outside the simulated
/// world: one file per delivered object, laid out as Firehose lays out S3 objects —
/// `<dir>/<consumer>/<YYYY>/<MM>/<DD>/<HH>/<consumer>-<operator>-1-<YYYY>-<MM>-<DD>-<HH>-<mm>-<ss>-<n>.<ext>`,
/// the time being the UTC arrival of the object's oldest record in simulated time (Firehose's
/// default `YYYY/MM/dd/HH` prefix and object name, with a running number for its UUID).
/// An attempt that timed out wrote its object too, so a retried delivery leaves duplicates.
final class SinkFileWriter {
    let directory: URL
    let format: SinkFormat
    let epochMillisAtStart: Int64
    var replay: PayloadReplay
    private(set) var objectsWritten = 0
    /// Why writing stopped (the first error); nothing more is written after one.
    private(set) var failure: String?
    /// Wall time spent writing, kept out of the run's wall-clock figures.
    private(set) var secondsSpent = 0.0

    init(directory: String, format: SinkFormat, fleet: FleetConfig) {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
        self.format = format
        epochMillisAtStart = fleet.epochMillisAtStart
        replay = PayloadReplay(config: fleet)
    }

    /// Writes each delivery's objects; the first error stops the writing and is kept in `failure`.
    func write(_ outputs: [SinkOutput]) {
        guard failure == nil else { return }
        let clock = ContinuousClock()
        let start = clock.now
        defer { secondsSpent += RunExecution.seconds(clock.now - start) }
        do {
            try writeObjects(outputs)
        } catch {
            failure = error.localizedDescription
        }
    }

    func writeObjects(_ outputs: [SinkOutput]) throws {
        for output in outputs {
            let text = render(output.delivery.readings)
            for _ in output.delivery.attemptEnds {
                let url = objectURL(output)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        }
    }

    func objectURL(_ output: SinkOutput) -> URL {
        objectsWritten += 1
        let millis = epochMillisAtStart + output.delivery.oldestArrival.milliseconds
        let time = Calendar.utc.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                               from: Date(timeIntervalSince1970: Double(millis) / 1_000))
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        let hourPath = [String(format: "%04d", time.year ?? 0), two(time.month), two(time.day), two(time.hour)]
        let name = ["\(output.consumer)-\(output.operatorIndex)-1"] + hourPath + [two(time.minute), two(time.second),
                                                                                String(format: "%06d", objectsWritten)]
        return hourPath.reduce(directory.appendingPathComponent(output.consumer)) { $0.appendingPathComponent($1) }
            .appendingPathComponent(name.joined(separator: "-") + "." + format.fileExtension)
    }

    func render(_ readings: [Reading]) -> String {
        let payloads = readings.map { replay.payload(of: $0.id).render() }
        switch format {
        case .ndjson: return payloads.map { $0 + "\n" }.joined()
        case .csv: return CSVRows.render(payloads.map(CSVRows.fields))
        }
    }
}

extension Calendar {
    /// The Gregorian calendar in UTC, as Firehose's default time prefix uses.
    static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()
}
