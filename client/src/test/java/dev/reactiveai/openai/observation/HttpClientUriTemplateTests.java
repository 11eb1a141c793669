package dev.reactiveai.openai.observation;

import java.io.IOException;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.core.TestClients;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring's own {@code http.client.requests} metric, recorded by a web client with an
 * observation registry, tags each call with the operation's path template: calls to
 * different models share one series, and no id reaches a tag.
 */
class HttpClientUriTemplateTests {

	private static final String MODEL = """
			{"id":"ft:gpt-4o-mini:acme:7f3a","object":"model","created":1,"owned_by":"acme"}
			""";

	private final MockWebServer server = new MockWebServer();

	private final MeterRegistry meters = new SimpleMeterRegistry();

	private OpenAiClient client;

	@BeforeEach
	void start() throws IOException {
		this.server.start();
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
		this.client = OpenAiClient.builder()
			.options(TestClients.options(TestClients.baseUrl(this.server)).build())
			.webClientBuilder(WebClient.builder().observationRegistry(registry))
			.build();
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.close();
	}

	@Test
	void theUriTagIsThePathTemplateAndNeverTheIdsInIt() {
		this.server.enqueue(TestClients.json(MODEL));
		this.server.enqueue(TestClients.json(MODEL));
		this.server.enqueue(TestClients.json("""
				{"object":"list","data":[]}
				"""));

		StepVerifier.create(this.client.models().retrieve("ft:gpt-4o-mini:acme:7f3a"))
			.expectNextCount(1)
			.expectComplete()
			.verify(TestClients.TIMEOUT);
		StepVerifier.create(this.client.models().retrieve("gpt-4o"))
			.expectNextCount(1)
			.expectComplete()
			.verify(TestClients.TIMEOUT);
		StepVerifier.create(this.client.models().list().collectList())
			.expectNextCount(1)
			.expectComplete()
			.verify(TestClients.TIMEOUT);

		assertThat(this.meters.get("http.client.requests").tag("uri", "/models/{model}").timer().count()).isEqualTo(2);
		assertThat(this.meters.get("http.client.requests").tag("uri", "/models").timer().count()).isEqualTo(1);
		assertThat(this.meters.getMeters()).flatExtracting((meter) -> meter.getId().getTags())
			.extracting(Tag::getValue)
			.noneMatch((value) -> value.contains("7f3a") || value.contains("gpt-4o"));
		assertThat(this.meters.find("http.client.requests").meters()).extracting(Meter::getId)
			.extracting((id) -> id.getTag("uri"))
			.containsOnly("/models/{model}", "/models");
	}

}
