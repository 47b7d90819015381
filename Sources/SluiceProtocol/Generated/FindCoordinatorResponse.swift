// Generated from FindCoordinatorResponse.json by SluiceCodegen. Do not edit.
// FindCoordinator response (API key 10): v0-6, flexible v3+.

import NIOCore

public struct FindCoordinatorResponse: KafkaResponse {
    public static let apiKey: ApiKey = .findCoordinator
    public static let validVersions: ClosedRange<Int16> = 0...6
    public static let firstFlexibleVersion: Int16? = 3

    public var throttleTimeMs: Int32 = 0
    public var errorCode: Int16 = 0
    public var errorMessage: String? = ""
    public var nodeId: Int32 = 0
    public var host: String = ""
    public var port: Int32 = 0
    public var coordinators: [Coordinator] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("FindCoordinatorResponse", version: version)
        }
        let flexible: Bool = version >= 3
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self, "FindCoordinatorResponse.ThrottleTimeMs")
        }
        if version <= 3 {
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "FindCoordinatorResponse.ErrorCode")
        }
        if version >= 1 && version <= 3 {
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible, "FindCoordinatorResponse.ErrorMessage")
        }
        if version <= 3 {
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "FindCoordinatorResponse.NodeId")
            self.host = try buffer.readKafkaString(compact: flexible, "FindCoordinatorResponse.Host")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "FindCoordinatorResponse.Port")
        }
        if version >= 4 {
            self.coordinators = try buffer.readKafkaArray(of: Coordinator.self, version: version, compact: true, minimumElementSize: 14, "FindCoordinatorResponse.Coordinators")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("FindCoordinatorResponse tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("FindCoordinatorResponse", version: version)
        }
        let flexible: Bool = version >= 3
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, endianness: .big)
        }
        if version <= 3 {
            buffer.writeInteger(self.errorCode, endianness: .big)
        } else if self.errorCode != 0 {
            throw ProtocolError.fieldNotSupported(field: "FindCoordinatorResponse.ErrorCode", version: version)
        }
        if version >= 1 && version <= 3 {
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
        }
        if version <= 3 {
            buffer.writeInteger(self.nodeId, endianness: .big)
        } else if self.nodeId != 0 {
            throw ProtocolError.fieldNotSupported(field: "FindCoordinatorResponse.NodeId", version: version)
        }
        if version <= 3 {
            try buffer.writeKafkaString(self.host, compact: flexible)
        } else if !self.host.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "FindCoordinatorResponse.Host", version: version)
        }
        if version <= 3 {
            buffer.writeInteger(self.port, endianness: .big)
        } else if self.port != 0 {
            throw ProtocolError.fieldNotSupported(field: "FindCoordinatorResponse.Port", version: version)
        }
        if version >= 4 {
            try buffer.writeKafkaArray(self.coordinators, version: version, compact: true)
        } else if !self.coordinators.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "FindCoordinatorResponse.Coordinators", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct Coordinator: Sendable, Equatable, KafkaStructCodable {
        public var key: String = ""
        public var nodeId: Int32 = 0
        public var host: String = ""
        public var port: Int32 = 0
        public var errorCode: Int16 = 0
        public var errorMessage: String? = ""
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.key = try buffer.readKafkaString(compact: true, "FindCoordinatorResponse.Coordinator.Key")
            self.nodeId = try buffer.readKafkaInteger(as: Int32.self, "FindCoordinatorResponse.Coordinator.NodeId")
            self.host = try buffer.readKafkaString(compact: true, "FindCoordinatorResponse.Coordinator.Host")
            self.port = try buffer.readKafkaInteger(as: Int32.self, "FindCoordinatorResponse.Coordinator.Port")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self, "FindCoordinatorResponse.Coordinator.ErrorCode")
            self.errorMessage = try buffer.readKafkaNullableString(compact: true, "FindCoordinatorResponse.Coordinator.ErrorMessage")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("FindCoordinatorResponse.Coordinator tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.key, compact: true)
            buffer.writeInteger(self.nodeId, endianness: .big)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, endianness: .big)
            buffer.writeInteger(self.errorCode, endianness: .big)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
