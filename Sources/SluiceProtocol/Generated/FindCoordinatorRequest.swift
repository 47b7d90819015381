// Generated from FindCoordinatorRequest.json by SluiceCodegen. Do not edit.
// FindCoordinator request (API key 10): v0-6, flexible v3+, deprecated v0.

import NIOCore

public struct FindCoordinatorRequest: KafkaRequest {
    public typealias Response = FindCoordinatorResponse
    public static let apiKey: ApiKey = .findCoordinator
    public static let validVersions: ClosedRange<Int16> = 0...6
    public static let firstFlexibleVersion: Int16? = 3

    public var key: String = ""
    public var keyType: Int8 = 0
    public var coordinatorKeys: [String] = []
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("FindCoordinatorRequest", version: version)
        }
        let flexible: Bool = version >= 3
        if version <= 3 {
            self.key = try buffer.readKafkaString(compact: flexible, "FindCoordinatorRequest.Key")
        }
        if version >= 1 {
            self.keyType = try buffer.readKafkaInteger(as: Int8.self, "FindCoordinatorRequest.KeyType")
        }
        if version >= 4 {
            self.coordinatorKeys = try buffer.readKafkaArray(of: String.self, version: version, compact: true, minimumElementSize: 1, "FindCoordinatorRequest.CoordinatorKeys")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("FindCoordinatorRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("FindCoordinatorRequest", version: version)
        }
        let flexible: Bool = version >= 3
        if version <= 3 {
            try buffer.writeKafkaString(self.key, compact: flexible)
        } else if !self.key.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "FindCoordinatorRequest.Key", version: version)
        }
        if version >= 1 {
            buffer.writeInteger(self.keyType, endianness: .big)
        } else if self.keyType != 0 {
            throw ProtocolError.fieldNotSupported(field: "FindCoordinatorRequest.KeyType", version: version)
        }
        if version >= 4 {
            try buffer.writeKafkaArray(self.coordinatorKeys, version: version, compact: true)
        } else if !self.coordinatorKeys.isEmpty {
            throw ProtocolError.fieldNotSupported(field: "FindCoordinatorRequest.CoordinatorKeys", version: version)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
