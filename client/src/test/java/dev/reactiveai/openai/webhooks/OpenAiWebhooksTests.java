package dev.reactiveai.openai.webhooks;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.reactiveai.openai.error.OpenAiConfigurationException;
import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.error.WebhookVerificationException;
import dev.reactiveai.openai.types.WebhookEvent;
import dev.reactiveai.openai.types.WebhookResponseCompleted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * docs/reliability.md, case 20: webhook signatures are verified as Standard Webhooks, in
 * constant time, within a tolerance both ways. The signatures here are computed
 * independently, with {@link Mac}.
 */
class OpenAiWebhooksTests {

	/** The key behind the secret: a canary that no message may show. */
	private static final byte[] KEY = "canary-webhook-key-7c41e9a2d5".getBytes(StandardCharsets.UTF_8);

	private static final String ENCODED_KEY = Base64.getEncoder().encodeToString(KEY);

	private static final String SECRET = "whsec_" + ENCODED_KEY;

	private static final long NOW = 1_750_000_000L;

	private static final String ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";

	private static final byte[] BODY = ("{\"id\":\"evt_685343a1381c819085d44c354e1b330e\",\"object\":\"event\","
			+ "\"created_at\":1750000000,\"type\":\"response.completed\",\"data\":{\"id\":\"resp_abc123\"}}")
		.getBytes(StandardCharsets.UTF_8);

	private final OpenAiWebhooks webhooks = new OpenAiWebhooks(SECRET, Duration.ofMinutes(5),
			Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

	@Test
	void aValidSignatureIsAccepted() {
		assertThatNoException().isThrownBy(() -> this.webhooks.verify(BODY, signed(ID, NOW, BODY)));
	}

	@Test
	void aTamperedBodyIsRejected() {
		byte[] tampered = new String(BODY, StandardCharsets.UTF_8).replace("resp_abc123", "resp_evil")
			.getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.webhooks.verify(tampered, signed(ID, NOW, BODY)))
			.withMessageContaining("No signature of the webhook request matched")
			.withMessageContaining("the secret given to OpenAiWebhooks");
	}

	@Test
	void aTamperedIdIsRejected() {
		HttpHeaders headers = signed(ID, NOW, BODY);
		headers.set("webhook-id", "msg_other");
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.webhooks.verify(BODY, headers))
			.withMessageContaining("No signature of the webhook request matched");
	}

	@Test
	void aTamperedTimestampIsRejected() {
		HttpHeaders headers = signed(ID, NOW, BODY);
		headers.set("webhook-timestamp", Long.toString(NOW - 1));
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.webhooks.verify(BODY, headers))
			.withMessageContaining("No signature of the webhook request matched");
	}

	@Test
	void aTimestampTooFarInThePastIsRejected() {
		long stale = NOW - 301;
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.webhooks.verify(BODY, signed(ID, stale, BODY)))
			.withMessageContaining("301 s in the past")
			.withMessageContaining("outside the 300 s tolerance")
			.withMessageContaining("clock");
	}

	@Test
	void aTimestampTooFarInTheFutureIsRejected() {
		long future = NOW + 301;
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.webhooks.verify(BODY, signed(ID, future, BODY)))
			.withMessageContaining("301 s in the future")
			.withMessageContaining("outside the 300 s tolerance");
	}

	@Test
	void timestampsWithinTheToleranceEitherWayAreAccepted() {
		assertThatNoException().isThrownBy(() -> this.webhooks.verify(BODY, signed(ID, NOW - 300, BODY)));
		assertThatNoException().isThrownBy(() -> this.webhooks.verify(BODY, signed(ID, NOW + 300, BODY)));
	}

	@Test
	void theToleranceIsConfigurable() {
		OpenAiWebhooks strict = new OpenAiWebhooks(SECRET, Duration.ofSeconds(10),
				Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> strict.verify(BODY, signed(ID, NOW - 11, BODY)))
			.withMessageContaining("outside the 10 s tolerance");
		assertThatNoException().isThrownBy(() -> strict.verify(BODY, signed(ID, NOW - 10, BODY)));
	}

	@Test
	void aTimestampThatIsNotANumberIsRejected() {
		HttpHeaders headers = signed(ID, NOW, BODY);
		headers.set("webhook-timestamp", "2025-06-15T10:00:00Z");
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.webhooks.verify(BODY, headers))
			.withMessageContaining("'webhook-timestamp' header is not a number of seconds");
	}

	@ParameterizedTest
	@ValueSource(strings = { "webhook-id", "webhook-timestamp", "webhook-signature" })
	void aMissingHeaderIsRejectedNamingIt(String name) {
		HttpHeaders headers = signed(ID, NOW, BODY);
		headers.remove(name);
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.webhooks.verify(BODY, headers))
			.withMessageContaining("no '" + name + "' header");
	}

	@Test
	void anyOneValidSignatureAmongSeveralIsAccepted() {
		String valid = signature(KEY, ID, NOW, BODY);
		String wrong = signature("another-key".getBytes(StandardCharsets.UTF_8), ID, NOW, BODY);
		HttpHeaders headers = headers(ID, NOW, "v1," + wrong + " v2," + valid + " v1,not-base64! v1," + valid);
		assertThatNoException().isThrownBy(() -> this.webhooks.verify(BODY, headers));
	}

	@Test
	void onlyWrongSignaturesAreRejected() {
		String wrong = signature("another-key".getBytes(StandardCharsets.UTF_8), ID, NOW, BODY);
		HttpHeaders headers = headers(ID, NOW, "v1," + wrong + " v1,AAAA");
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.webhooks.verify(BODY, headers))
			.withMessageContaining("No signature of the webhook request matched (2 checked)");
	}

	@Test
	void signaturesOfOtherVersionsAreIgnored() {
		HttpHeaders headers = headers(ID, NOW, "v2," + signature(KEY, ID, NOW, BODY) + " v1a,xyz");
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.webhooks.verify(BODY, headers))
			.withMessageContaining("has no 'v1,<base64>' signature");
	}

	@Test
	void headersAsAMapAreMatchedInAnyCase() {
		Map<String, List<String>> headers = Map.of("Webhook-Id", List.of(ID), "WEBHOOK-TIMESTAMP",
				List.of(Long.toString(NOW)), "webhook-Signature", List.of("v1," + signature(KEY, ID, NOW, BODY)));
		assertThatNoException().isThrownBy(() -> this.webhooks.verify(BODY, headers));
	}

	@Test
	void aSecretWithoutThePrefixIsUsedAsItIs() {
		String raw = "a-raw-secret";
		OpenAiWebhooks rawWebhooks = new OpenAiWebhooks(raw, Duration.ofMinutes(5),
				Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));
		HttpHeaders headers = headers(ID, NOW, "v1," + signature(raw.getBytes(StandardCharsets.UTF_8), ID, NOW, BODY));
		assertThatNoException().isThrownBy(() -> rawWebhooks.verify(BODY, headers));
	}

	@Test
	void aMalformedSecretIsRejectedAtConstructionWithoutEchoingIt() {
		String malformed = "whsec_canary*not*base64-91b2";
		assertThatExceptionOfType(OpenAiConfigurationException.class).isThrownBy(() -> new OpenAiWebhooks(malformed))
			.withMessageContaining("not valid")
			.withMessageContaining("base64")
			.withMessageContaining("the secret given to OpenAiWebhooks")
			.withMessageNotContaining("canary")
			.withNoCause();
	}

	@Test
	void anEmptySecretIsRejectedAtConstruction() {
		assertThatExceptionOfType(OpenAiConfigurationException.class).isThrownBy(() -> new OpenAiWebhooks(" "))
			.withMessageContaining("the secret given to OpenAiWebhooks");
		assertThatExceptionOfType(OpenAiConfigurationException.class).isThrownBy(() -> new OpenAiWebhooks("whsec_"))
			.withMessageContaining("the secret given to OpenAiWebhooks");
	}

	@Test
	void unwrapReadsTheTypedEvent() {
		WebhookEvent event = this.webhooks.unwrap(BODY, signed(ID, NOW, BODY));
		assertThat(event).isInstanceOfSatisfying(WebhookResponseCompleted.class, (completed) -> {
			assertThat(completed.id()).isEqualTo("evt_685343a1381c819085d44c354e1b330e");
			assertThat(completed.data().id()).isEqualTo("resp_abc123");
			assertThat(completed.createdAt()).isEqualTo(1750000000L);
		});
	}

	@Test
	void unwrapKeepsAnEventTypeThatThisVersionDoesNotKnow() {
		byte[] body = "{\"id\":\"evt_1\",\"object\":\"event\",\"created_at\":1750000000,\"type\":\"thing.happened\"}"
			.getBytes(StandardCharsets.UTF_8);
		WebhookEvent event = this.webhooks.unwrap(body, signed(ID, NOW, body));
		assertThat(event).isInstanceOfSatisfying(WebhookEvent.Unknown.class,
				(unknown) -> assertThat(unknown.json().get("type").asString()).isEqualTo("thing.happened"));
	}

	@Test
	void unwrapVerifiesBeforeReading() {
		byte[] other = "{\"type\":\"batch.completed\",\"data\":{\"id\":\"batch_1\"}}".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(WebhookVerificationException.class)
			.isThrownBy(() -> this.webhooks.unwrap(other, signed(ID, NOW, BODY)));
	}

	@Test
	void unwrapRejectsASignedBodyThatIsNotJson() {
		byte[] body = "not json".getBytes(StandardCharsets.UTF_8);
		assertThatExceptionOfType(OpenAiException.class)
			.isThrownBy(() -> this.webhooks.unwrap(body, signed(ID, NOW, body)))
			.withMessageContaining("not a JSON event");
	}

	@Test
	void theSecretAndTheExpectedSignatureAreInNoMessageNorInToString() {
		String expected = signature(KEY, ID, NOW, BODY);
		List<Throwable> failures = new ArrayList<>();
		failures.add(catchThrowable(
				() -> this.webhooks.verify("{}".getBytes(StandardCharsets.UTF_8), signed(ID, NOW, BODY))));
		failures.add(catchThrowable(() -> this.webhooks.verify(BODY, signed(ID, NOW - 3600, BODY))));
		failures.add(catchThrowable(() -> this.webhooks.verify(BODY, signed(ID, NOW + 3600, BODY))));
		failures.add(catchThrowable(() -> this.webhooks.verify(BODY, headers(ID, NOW, "v2," + expected))));
		failures.add(catchThrowable(() -> this.webhooks.verify(BODY, new HttpHeaders())));
		failures.add(catchThrowable(() -> new OpenAiWebhooks(SECRET + "*")));
		failures.add(catchThrowable(() -> new OpenAiWebhooks("whsec_" + new String(KEY, StandardCharsets.UTF_8))));
		assertThat(failures).hasSize(7).doesNotContainNull().allSatisfy((failure) -> {
			StringWriter trace = new StringWriter();
			failure.printStackTrace(new PrintWriter(trace));
			assertThat(trace.toString()).doesNotContain(SECRET, ENCODED_KEY, new String(KEY, StandardCharsets.UTF_8),
					"canary", expected);
		});
		assertThat(this.webhooks.toString()).doesNotContain(SECRET, ENCODED_KEY, "canary").contains("secret=******");
	}

	private static HttpHeaders signed(String id, long timestamp, byte[] body) {
		return headers(id, timestamp, "v1," + signature(KEY, id, timestamp, body));
	}

	private static HttpHeaders headers(String id, long timestamp, String signature) {
		HttpHeaders headers = new HttpHeaders();
		headers.set("webhook-id", id);
		headers.set("webhook-timestamp", Long.toString(timestamp));
		headers.set("webhook-signature", signature);
		return headers;
	}

	/**
	 * HMAC-SHA256 of {@code id.timestamp.body}, in base64, as Standard Webhooks signs.
	 */
	private static String signature(byte[] key, String id, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
