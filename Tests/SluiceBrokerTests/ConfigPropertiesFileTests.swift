import Testing

@testable import SluiceBroker

@Suite struct ConfigPropertiesFileTests {
    @Test func commentsBlankLinesAndSeparators() throws {
        let text = """
            # a comment
              ! another comment
            a=1
            b : 2
            c 3
              d   =   spaced value   
            e=
            f
            g=x=y
            """
        let props = try PropertiesFile.parse(text)
        #expect(props == ["a": "1", "b": "2", "c": "3", "d": "spaced value", "e": "", "f": "", "g": "x=y"])
    }

    @Test func lineContinuationDropsLeadingBlanksOfTheNextLine() throws {
        let text = "listeners=PLAINTEXT://:9092,\\\n    CONTROLLER://:9093\nnext=1\n"
        let props = try PropertiesFile.parse(text)
        #expect(props["listeners"] == "PLAINTEXT://:9092,CONTROLLER://:9093")
        #expect(props["next"] == "1")
    }

    @Test func continuationLineStartingWithHashIsNotAComment() throws {
        let props = try PropertiesFile.parse("a=x\\\n#y\n")
        #expect(props == ["a": "x#y"])
    }

    @Test func commentEndingInBackslashDoesNotContinue() throws {
        let props = try PropertiesFile.parse("# comment \\\na=1\n")
        #expect(props == ["a": "1"])
    }

    @Test func evenBackslashesAreEscapedBackslashesNotContinuation() throws {
        let props = try PropertiesFile.parse("path=C:\\\\dir\\\\\nb=2\n")
        #expect(props == ["path": "C:\\dir\\", "b": "2"])
    }

    @Test func escapesInKeysAndValues() throws {
        let props = try PropertiesFile.parse("my\\ key\\=x = tab\\there\\u0041\\:\n")
        #expect(props == ["my key=x": "tab\there" + "A:"])
    }

    @Test func crlfAndCrLineEndings() throws {
        let props = try PropertiesFile.parse("a=1\r\nb=2\rc=3")
        #expect(props == ["a": "1", "b": "2", "c": "3"])
    }

    @Test func laterEntryWins() throws {
        #expect(try PropertiesFile.parse("a=1\na=2\n") == ["a": "2"])
    }

    @Test func malformedUnicodeEscapeThrowsWithLineNumber() {
        #expect(throws: ConfigError.malformedProperties(line: 2, "malformed \\uxxxx escape")) {
            try PropertiesFile.parse("ok=1\nbad=\\u12\n")
        }
    }

    @Test func kafkaSampleServerPropertiesHasNoUnknownKeys() throws {
        let text = """
            ############################# Server Basics #############################
            process.roles=broker,controller
            node.id=1
            controller.quorum.bootstrap.servers=localhost:9093
            listeners=PLAINTEXT://:9092,CONTROLLER://:9093
            inter.broker.listener.name=PLAINTEXT
            advertised.listeners=PLAINTEXT://localhost:9092,CONTROLLER://localhost:9093
            controller.listener.names=CONTROLLER
            listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL
            num.network.threads=3
            num.io.threads=8
            socket.send.buffer.bytes=102400
            socket.receive.buffer.bytes=102400
            socket.request.max.bytes=104857600
            log.dirs=/tmp/kraft-combined-logs
            num.partitions=1
            num.recovery.threads.per.data.dir=1
            offsets.topic.replication.factor=1
            transaction.state.log.replication.factor=1
            transaction.state.log.min.isr=1
            #log.flush.interval.messages=10000
            #log.flush.interval.ms=1000
            log.retention.hours=168
            #log.retention.bytes=1073741824
            log.segment.bytes=1073741824
            log.retention.check.interval.ms=300000
            """
        let config = try BrokerConfig(properties: PropertiesFile.parse(text))
        #expect(config.unknownKeys == [])
        #expect(config.listener == HostPort(host: "0.0.0.0", port: 9092))
        #expect(config.advertisedListener == HostPort(host: "localhost", port: 9092))
        #expect(config.logDir == "/tmp/kraft-combined-logs")
        #expect(config.nodeId == 1)
        #expect(config.logDefaults.retentionMs == 168 * 3_600_000)
    }
}
