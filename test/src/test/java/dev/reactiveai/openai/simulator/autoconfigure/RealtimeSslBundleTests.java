package dev.reactiveai.openai.simulator.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;

import dev.reactiveai.openai.autoconfigure.OpenAiAutoConfiguration;
import dev.reactiveai.openai.core.SelfSignedCertificate;
import dev.reactiveai.openai.error.OpenAiConnectionException;
import dev.reactiveai.openai.realtime.websocket.RealtimeCloseStatus;
import dev.reactiveai.openai.realtime.websocket.RealtimeConnector;
import dev.reactiveai.openai.realtime.websocket.RealtimeSession;
import dev.reactiveai.openai.realtime.websocket.RealtimeSessionRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Realtime sessions open their WebSocket over TLS trusting the client's SSL bundle: a
 * loopback TLS server whose self-signed certificate (generated with the JDK's keytool for
 * each run) only the bundle trusts.
 */
class RealtimeSslBundleTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@TempDir
	static Path directory;

	private static DisposableServer server;

	private static SelfSignedCertificate tls;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, OpenAiAutoConfiguration.class));

	@BeforeAll
	static void startTlsServer() throws Exception {
		tls = SelfSignedCertificate.create(directory);
		server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.secure((spec) -> spec.sslContext(Http11SslContextSpec.forServer(tls.keyManagers())))
			.route((routes) -> routes.get("/v1/realtime",
					(request,
							response) -> response.sendWebsocket((inbound, outbound) -> outbound
								.sendString(Mono.just("{\"type\":\"error\",\"event_id\":\"event_1\",\"error\":"
										+ "{\"type\":\"invalid_request_error\",\"message\":\"over TLS\"}}"))
								.then()
								.then(inbound.receive().then()))))
			.bindNow(TIMEOUT);
	}

	@AfterAll
	static void stopTlsServer() {
		if (server != null) {
			server.disposeNow(TIMEOUT);
		}
	}

	private ApplicationContextRunner tlsClient() {
		return this.contextRunner.withPropertyValues("openai.base-url=https://127.0.0.1:" + server.port() + "/v1",
				"openai.api-key=sk-tls-test", "openai.max-retries=0");
	}

	private ApplicationContextRunner tlsClientWithBundle() {
		return tlsClient().withPropertyValues("openai.ssl-bundle=loopback",
				"spring.ssl.bundle.pem.loopback.truststore.certificate=file:" + tls.certificate());
	}

	@Test
	void aSessionOpensOverTlsTrustingTheClientsSslBundle() {
		tlsClientWithBundle().run((context) -> assertOpensOverTls(context.getBean(RealtimeConnector.class)));
	}

	@Test
	void aSessionOpensOverTlsTrustingTheSslBundleWithTheJdkConnectorForCalls() {
		tlsClientWithBundle().withBean(ClientHttpConnectorBuilder.class, ClientHttpConnectorBuilder::jdk)
			.run((context) -> assertOpensOverTls(context.getBean(RealtimeConnector.class)));
	}

	@Test
	void withoutTheBundleTheTlsHandshakeFailsWithTheConnectionException() {
		tlsClient().run((context) -> {
			RealtimeConnector connector = context.getBean(RealtimeConnector.class);
			StepVerifier.create(connector.connect("gpt-realtime"))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAiConnectionException.class)
					.hasMessageContaining("Could not open a realtime session at wss://127.0.0.1:" + server.port())
					.hasMessageNotContaining("sk-tls-test"))
				.verify(TIMEOUT);
		});
	}

	private static void assertOpensOverTls(RealtimeConnector connector) {
		assertThat(connector.uri(RealtimeSessionRequest.model("gpt-realtime")).getScheme()).isEqualTo("wss");
		RealtimeSession session = connector.connect("gpt-realtime").block(TIMEOUT);
		assertThat(session).isNotNull();
		StepVerifier.create(session.events().take(1))
			.assertNext((event) -> assertThat(event.toString()).contains("over TLS"))
			.expectComplete()
			.verify(TIMEOUT);
		StepVerifier.create(session.close().then(session.closeStatus()))
			.assertNext((status) -> assertThat(status.code()).isEqualTo(RealtimeCloseStatus.NORMAL))
			.expectComplete()
			.verify(TIMEOUT);
	}

}
