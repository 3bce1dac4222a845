import Foundation
import Testing
@testable import Telemetry

@Suite struct TrigonometryTests {
    @Test func cosineMatchesThePlatformClosely() {
        for degrees in stride(from: -720.0, through: 720, by: 0.37) {
            #expect(abs(Trigonometry.cosine(degrees: degrees) - cos(degrees * .pi / 180)) < 1e-12, "\(degrees)°")
        }
    }

    @Test func compassDegreesMatchesThePlatform() {
        #expect(Trigonometry.compassDegrees(east: 0, north: 1) == 0)
        #expect(Trigonometry.compassDegrees(east: 1, north: 0) == 90)
        #expect(Trigonometry.compassDegrees(east: 0, north: -1) == 180)
        #expect(Trigonometry.compassDegrees(east: -1, north: 0) == 270)
        #expect(Trigonometry.compassDegrees(east: -0.001, north: 1) == 0)
        #expect(Trigonometry.compassDegrees(east: 0, north: 0) == 0)
        for tenths in 0..<3_600 {
            let radians = Double(tenths) / 10 * .pi / 180
            let expected = Int((Double(tenths) / 10).rounded(.toNearestOrAwayFromZero)) % 360
            let computed = Trigonometry.compassDegrees(east: sin(radians), north: cos(radians))
            // Exact halves may land either side after the round trip through sin/cos.
            #expect(computed == expected || tenths % 10 == 5, "\(Double(tenths) / 10)°")
        }
    }

    @Test func reflectionBouncesOffBothEdges() {
        let bounds = 10.0...20.0
        #expect(bounds.reflecting(15) == 15)
        #expect(bounds.reflecting(22) == 18)
        #expect(bounds.reflecting(7) == 13)
        #expect(bounds.reflecting(33) == 13)
        #expect(bounds.reflecting(-15) == 15)
        #expect(Reflection(22, into: bounds).reversed && !Reflection(33, into: bounds).reversed)
        #expect(Reflection(7, into: bounds).reversed && !Reflection(-5, into: bounds).reversed)
        #expect((3.0...3.0).reflecting(100) == 3)
    }
}
