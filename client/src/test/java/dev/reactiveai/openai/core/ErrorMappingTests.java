package dev.reactiveai.openai.core;

import java.io.IOException;
import java.util.stream.Stream;

import dev.reactiveai.openai.OpenAiClient;
import dev.reactiveai.openai.error.AuthenticationException;
import dev.reactiveai.openai.error.BadRequestException;
import dev.reactiveai.openai.error.ConflictException;
import dev.reactiveai.openai.error.InternalServerException;
import dev.reactiveai.openai.error.NotFoundException;
import dev.reactiveai.openai.error.OpenAiServiceException;
import dev.reactiveai.openai.error.PermissionDeniedException;
import dev.reactiveai.openai.error.RateLimitException;
import dev.reactiveai.openai.error.UnexpectedStatusCodeException;
import dev.reactiveai.openai.error.UnprocessableEntityException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.test.StepVerifier;

import static dev.reactiveai.openai.core.TestClients.API_KEY;
import static dev.reactiveai.openai.core.TestClients.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/reliability.md, case 13: every status has its exception, carrying what the API
 * said.
 */
class ErrorMappingTests {

	@RegisterExtension
	final MockApi api = new MockApi();

	private OpenAiClient client() {
		return this.api.client((options) -> options.retries((retries) -> retries.withMaxRetries(0)));
	}

	static Stream<Arguments> statuses() {
		return Stream.of(Arguments.of(400, BadRequestException.class), Arguments.of(401, AuthenticationException.class),
				Arguments.of(403, PermissionDeniedException.class), Arguments.of(404, NotFoundException.class),
				Arguments.of(409, ConflictException.class), Arguments.of(422, UnprocessableEntityException.class),
				Arguments.of(429, RateLimitException.class), Arguments.of(500, InternalServerException.class),
				Arguments.of(503, InternalServerException.class),
				Arguments.of(418, UnexpectedStatusCodeException.class));
	}

	@ParameterizedTest
	@MethodSource("statuses")
	void eachStatusMapsToItsExceptionCarryingTheError(int status, Class<? extends OpenAiServiceException> type) {
		this.api.enqueue(new MockResponse.Builder().code(status)
			.setHeader("Content-Type", "application/json")
			.setHeader("x-request-id", "req_" + status)
			.setHeader("x-ratelimit-remaining-requests", "7")
			.body("{\"error\":{\"message\":\"Something about model\",\"type\":\"invalid_request_error\","
					+ "\"param\":\"model\",\"code\":\"model_not_found\"}}")
			.build());
		StepVerifier.create(client().models().retrieve("gpt-x"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(type, (error) -> {
				assertThat(error.statusCode()).isEqualTo(status);
				assertThat(error.error().message()).isEqualTo("Something about model");
				assertThat(error.type()).isEqualTo("invalid_request_error");
				assertThat(error.code()).isEqualTo("model_not_found");
				assertThat(error.param()).isEqualTo("model");
				assertThat(error.requestId()).isEqualTo("req_" + status);
				assertThat(error.headers().getFirst("x-ratelimit-remaining-requests")).isEqualTo("7");
				assertThat(error).hasMessageContaining("HTTP " + status)
					.hasMessageContaining("GET /models/{model}")
					.hasMessageContaining("Something about model")
					.hasMessageContaining("req_" + status);
			}))
			.verify(TIMEOUT);
	}

	@Test
	void aBodyThatIsNotJsonStillGivesAUsefulMessage() {
		this.api.enqueue(new MockResponse.Builder().code(502)
			.setHeader("Content-Type", "text/html")
			.body("<html><body>Bad Gateway from the proxy</body></html>")
			.build());
		StepVerifier.create(client().models().retrieve("gpt-4o"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(InternalServerException.class)
				.hasMessageContaining("HTTP 502")
				.hasMessageContaining("Bad Gateway from the proxy"))
			.verify(TIMEOUT);
	}

	@Test
	void anEmptyErrorBodyNamesTheStatus() {
		this.api.enqueue(new MockResponse.Builder().code(404).build());
		StepVerifier.create(client().models().retrieve("gpt-4o"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(NotFoundException.class)
				.hasMessageContaining("HTTP 404 from GET /models/{model}"))
			.verify(TIMEOUT);
	}

	@Test
	void aKeyEchoedByTheServerIsRedacted() {
		this.api.enqueue(TestClients.error(401, "invalid_request_error", "invalid_api_key",
				"Incorrect API key provided: " + API_KEY + "."));
		StepVerifier.create(client().models().retrieve("gpt-4o")).expectErrorSatisfies((ex) -> {
			assertThat(ex).isInstanceOf(AuthenticationException.class).hasMessageNotContaining(API_KEY);
			assertThat(((AuthenticationException) ex).error().message()).doesNotContain(API_KEY).contains("[redacted]");
		}).verify(TIMEOUT);
	}

	@Test
	void aRedirectIsNotFollowedAndNamesTheTarget() throws IOException {
		try (MockWebServer elsewhere = new MockWebServer()) {
			elsewhere.start();
			this.api.enqueue(new MockResponse.Builder().code(302)
				.setHeader("Location", elsewhere.url("/steal").toString())
				.build());
			StepVerifier.create(client().models().retrieve("gpt-4o"))
				.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(UnexpectedStatusCodeException.class)
					.hasMessageContaining("does not follow"))
				.verify(TIMEOUT);
			assertThat(elsewhere.getRequestCount()).isZero();
		}
	}

}
