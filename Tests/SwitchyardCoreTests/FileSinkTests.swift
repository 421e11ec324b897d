import Foundation
import Logging
import Testing
@testable import SwitchyardCore
@testable import SwitchyardPluginAPI

@Suite struct FileSinkTests {
    func load(_ path: String) throws -> (Topology?, [ConfigError], URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("switchyard-file-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try """
            routes:
              - name: to-file
                from: { memory: { queue: in } }
                to:
                  - file: { path: "\(path)" }
            """.write(to: dir.appendingPathComponent("switchyard.yaml"), atomically: true, encoding: .utf8)
        let (t, errors) = TopologyBuilder.load(mainFile: dir.appendingPathComponent("switchyard.yaml").path, registry: testRegistry(), environment: [:])
        return (t, errors, dir)
    }

    @Test func buildingTheRouteDoesNotCreateTheFile() throws {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("switchyard-out-\(UUID().uuidString).jsonl").path
        let (t, errors, _) = try load(target)
        #expect(errors.isEmpty, "\(errors)")
        #expect(t != nil)
        #expect(!FileManager.default.fileExists(atPath: target), "validation must not touch the disk")
    }

    @Test func aMissingFolderIsAConfigErrorAtThePath() throws {
        let (_, errors, _) = try load("/nonexistent-\(UUID().uuidString)/dead.jsonl")
        #expect(errors.count == 1)
        #expect(errors.first?.description.contains("to.0.file.path: folder '/nonexistent-") == true, "\(errors)")
        #expect(errors.first?.description.contains("switchyard.yaml:5:") == true, "\(errors)")
    }

    @Test func theFileIsOpenedWhenTheRouteStartsAndReceivesLines() async throws {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("switchyard-out-\(UUID().uuidString).jsonl").path
        let (t, _, _) = try load(target)
        let route = try #require(t?.routes.first)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let runner = RouteRunner(route: route, logger: logger, drainTimeout: .seconds(1))
        try await runner.prepare()
        #expect(FileManager.default.fileExists(atPath: target))
        let result = await route.sinks[0].sink.write([Message(id: "1", body: Array(#"{"a":1}"#.utf8))])
        #expect(result.failures.isEmpty)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "{\"a\":1}\n")
    }
}
