// Generated from ConsumerGroupMemberMetadataValue.json by SluiceCodegen. Do not edit.
// ConsumerGroupMemberMetadataValue (embedded data, not a request): v0, all flexible.

import NIOCore

public struct ConsumerGroupMemberMetadataValue: Sendable, Equatable {
    public static let validVersions: ClosedRange<Int16> = 0...0
    public static let firstFlexibleVersion: Int16? = 0

    public var instanceId: String? = ""
    public var rackId: String? = ""
    public var clientId: String = ""
    public var clientHost: String = ""
    public var subscribedTopicNames: [String] = []
    public var subscribedTopicRegex: String? = ""
    public var rebalanceTimeoutMs: Int32 = -1
    public var serverAssignor: String? = ""
    public var classicMemberMetadata: ClassicMemberMetadata? = ClassicMemberMetadata()
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupMemberMetadataValue", version: version)
        }
        self.instanceId = try buffer.readKafkaNullableString(compact: true, "ConsumerGroupMemberMetadataValue.InstanceId")
        self.rackId = try buffer.readKafkaNullableString(compact: true, "ConsumerGroupMemberMetadataValue.RackId")
        self.clientId = try buffer.readKafkaString(compact: true, "ConsumerGroupMemberMetadataValue.ClientId")
        self.clientHost = try buffer.readKafkaString(compact: true, "ConsumerGroupMemberMetadataValue.ClientHost")
        self.subscribedTopicNames = try buffer.readKafkaArray(of: String.self, version: version, compact: true, minimumElementSize: 1, "ConsumerGroupMemberMetadataValue.SubscribedTopicNames")
        self.subscribedTopicRegex = try buffer.readKafkaNullableString(compact: true, "ConsumerGroupMemberMetadataValue.SubscribedTopicRegex")
        self.rebalanceTimeoutMs = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupMemberMetadataValue.RebalanceTimeoutMs")
        self.serverAssignor = try buffer.readKafkaNullableString(compact: true, "ConsumerGroupMemberMetadataValue.ServerAssignor")
        self.unknownTaggedFields = try buffer.readTaggedFields("ConsumerGroupMemberMetadataValue tagged fields") { (tag: UInt32, slice: inout ByteBuffer) throws -> Bool in
            switch tag {
            case 0:
                self.classicMemberMetadata = try slice.readKafkaNullableStruct(of: ClassicMemberMetadata.self, version: version, "ConsumerGroupMemberMetadataValue.ClassicMemberMetadata")
                return true
            default:
                return false
            }
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ConsumerGroupMemberMetadataValue", version: version)
        }
        try buffer.writeKafkaString(self.instanceId, compact: true)
        try buffer.writeKafkaString(self.rackId, compact: true)
        try buffer.writeKafkaString(self.clientId, compact: true)
        try buffer.writeKafkaString(self.clientHost, compact: true)
        try buffer.writeKafkaArray(self.subscribedTopicNames, version: version, compact: true)
        try buffer.writeKafkaString(self.subscribedTopicRegex, compact: true)
        buffer.writeInteger(self.rebalanceTimeoutMs, endianness: .big)
        try buffer.writeKafkaString(self.serverAssignor, compact: true)
        var tagged: [(UInt32, ByteBuffer)] = []
        if self.classicMemberMetadata != ClassicMemberMetadata() {
            var field: ByteBuffer = ByteBuffer()
            try field.writeKafkaNullableStruct(self.classicMemberMetadata, version: version)
            tagged.append((0, field))
        }
        buffer.writeTaggedFields(tagged, unknown: self.unknownTaggedFields)
    }

    public struct ClassicMemberMetadata: Sendable, Equatable, KafkaStructCodable {
        public var sessionTimeoutMs: Int32 = 0
        public var supportedProtocols: [ClassicProtocol] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.sessionTimeoutMs = try buffer.readKafkaInteger(as: Int32.self, "ConsumerGroupMemberMetadataValue.ClassicMemberMetadata.SessionTimeoutMs")
            self.supportedProtocols = try buffer.readKafkaArray(of: ClassicProtocol.self, version: version, compact: true, minimumElementSize: 3, "ConsumerGroupMemberMetadataValue.ClassicMemberMetadata.SupportedProtocols")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupMemberMetadataValue.ClassicMemberMetadata tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            buffer.writeInteger(self.sessionTimeoutMs, endianness: .big)
            try buffer.writeKafkaArray(self.supportedProtocols, version: version, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }

    public struct ClassicProtocol: Sendable, Equatable, KafkaStructCodable {
        public var name: String = ""
        public var metadata: [UInt8] = []
        public var unknownTaggedFields: [TaggedField] = []

        public init() {}

        init(from buffer: inout ByteBuffer, version: Int16) throws {
            self.name = try buffer.readKafkaString(compact: true, "ConsumerGroupMemberMetadataValue.ClassicProtocol.Name")
            self.metadata = try buffer.readKafkaBytes(compact: true, "ConsumerGroupMemberMetadataValue.ClassicProtocol.Metadata")
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ConsumerGroupMemberMetadataValue.ClassicProtocol tagged fields")
        }

        func encode(into buffer: inout ByteBuffer, version: Int16) throws {
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeKafkaBytes(self.metadata, compact: true)
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
