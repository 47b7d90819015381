// Generated from ApiVersionsRequest.json by SluiceCodegen. Do not edit.
// ApiVersions request (API key 18): v0-4, flexible v3+.

import NIOCore

public struct ApiVersionsRequest: KafkaRequest {
    public typealias Response = ApiVersionsResponse
    public static let apiKey: ApiKey = .apiVersions
    public static let validVersions: ClosedRange<Int16> = 0...4
    public static let firstFlexibleVersion: Int16? = 3

    public var clientSoftwareName: String = ""
    public var clientSoftwareVersion: String = ""
    public var unknownTaggedFields: [TaggedField] = []

    public init() {}

    public init(from buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ApiVersionsRequest", version: version)
        }
        let flexible: Bool = version >= 3
        if version >= 3 {
            self.clientSoftwareName = try buffer.readKafkaString(compact: true, "ApiVersionsRequest.ClientSoftwareName")
            self.clientSoftwareVersion = try buffer.readKafkaString(compact: true, "ApiVersionsRequest.ClientSoftwareVersion")
        }
        if flexible {
            self.unknownTaggedFields = try buffer.readUnknownTaggedFields("ApiVersionsRequest tagged fields")
        }
    }

    public func encode(into buffer: inout ByteBuffer, version: Int16) throws {
        guard Self.validVersions.contains(version) else {
            throw ProtocolError.unsupportedVersion("ApiVersionsRequest", version: version)
        }
        let flexible: Bool = version >= 3
        if version >= 3 {
            try buffer.writeKafkaString(self.clientSoftwareName, compact: true)
            try buffer.writeKafkaString(self.clientSoftwareVersion, compact: true)
        }
        if flexible {
            buffer.writeTaggedFields([], unknown: self.unknownTaggedFields)
        }
    }
}
