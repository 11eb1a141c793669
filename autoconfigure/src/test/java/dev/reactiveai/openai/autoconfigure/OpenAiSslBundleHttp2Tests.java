package dev.reactiveai.openai.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.SelfSignedCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.netty.DisposableServer;
import reactor.netty.http.Http2SslContextSpec;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.reactive.ReactiveHttpClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code openai.http2} takes effect with {@code openai.ssl-bundle} too: Spring Boot
 * builds a bundle's TLS context without ALPN, over which HTTP/2 is never chosen, so the
 * factory gives the connector a context that offers it, from the bundle's trust material.
 */
class OpenAiSslBundleHttp2Tests {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	@TempDir
	Path directory;

	private final Queue<String> protocols = new ConcurrentLinkedQueue<>();

	private SelfSignedCertificate certificate;

	private DisposableServer server;

	@BeforeEach
	void start() throws Exception {
		this.certificate = SelfSignedCertificate.create(this.directory);
		this.server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.secure((spec) -> spec.sslContext(Http2SslContextSpec.forServer(this.certificate.keyManagers())))
			.protocol(HttpProtocol.H2, HttpProtocol.HTTP11)
			.handle((request, response) -> {
				this.protocols.add(request.protocol());
				return request.receive()
					.then()
					.then(response.header("Content-Type", "application/json")
						.sendString(reactor.core.publisher.Mono.just("{\"object\":\"list\",\"data\":[]}"))
						.then());
			})
			.bindNow(TIMEOUT);
	}

	@AfterEach
	void stop() {
		// Not disposeNow(): that waits for the client's connections, which a closed
		// context's pool closes on its own time.
		this.server.dispose();
	}

	@Test
	void withAnSslBundleHttp2IsUsedWhenOn() {
		calls(true);
		assertThat(this.protocols).containsExactly("HTTP/2.0", "HTTP/2.0");
	}

	@Test
	void withAnSslBundleHttp11IsUsedWhenOff() {
		calls(false);
		assertThat(this.protocols).containsExactly("HTTP/1.1", "HTTP/1.1");
	}

	/**
	 * The calls, in an application context that is then closed: its connections with it.
	 */
	private void calls(boolean http2) {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, HttpClientAutoConfiguration.class,
					ReactiveHttpClientAutoConfiguration.class, WebClientAutoConfiguration.class,
					OpenAiAutoConfiguration.class))
			.withPropertyValues("spring.reactor.netty.shutdown-quiet-period=0s", "openai.api-key=sk-test-tls1",
					"openai.base-url=https://127.0.0.1:" + this.server.port() + "/v1", "openai.http2=" + http2,
					"openai.ssl-bundle=loopback",
					"spring.ssl.bundle.pem.loopback.truststore.certificate=file:" + this.certificate.certificate())
			.run((context) -> {
				assertThat(context).hasNotFailed();
				OpenAiClient client = context.getBean(OpenAiClient.class);
				for (int i = 0; i < 2; i++) {
					StepVerifier.create(client.models().listPage()).expectNextCount(1).expectComplete().verify(TIMEOUT);
				}
			});
	}

}
