package dev.reactiveai.openai.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.reactiveai.openai.error.OpenAiConfigurationException;
import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.error.WebhookVerificationException;
import dev.reactiveai.openai.json.OpenAiJson;
import dev.reactiveai.openai.types.WebhookEvent;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

/**
 * Verifies the webhook requests that OpenAI sends and reads their events. OpenAI signs
 * them as <a href="https://www.standardwebhooks.com/">Standard Webhooks</a>: the
 * {@code webhook-signature} header holds one or more {@code v1,<base64>} entries, each an
 * HMAC-SHA256 of {@code <webhook-id>.<webhook-timestamp>.<body>} under the endpoint's
 * signing secret ({@code whsec_<base64>}); a request is accepted when any one of them
 * matches and its timestamp is within the tolerance of this host's clock, either way.
 * <p>
 * Pass the body exactly as it came, byte for byte: a body that was parsed and written
 * again no longer matches its signature. The headers are Spring's {@link HttpHeaders} or
 * a map of header names to values, so that any web stack can call it. Thread-safe;
 * {@link #toString()} never shows the secret.
 */
public final class OpenAiWebhooks {

	/** How far a webhook's timestamp may be from this host's clock, either way. */
	public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

	static final String ID_HEADER = "webhook-id";

	static final String TIMESTAMP_HEADER = "webhook-timestamp";

	static final String SIGNATURE_HEADER = "webhook-signature";

	private static final String SECRET_PREFIX = "whsec_";

	private static final String SIGNATURE_PREFIX = "v1,";

	private static final String ALGORITHM = "HmacSHA256";

	/** How messages name the secret unless told otherwise. */
	private static final String DEFAULT_SECRET_NAME = "the secret given to OpenAiWebhooks";

	private final SecretKeySpec key;

	private final Duration tolerance;

	private final Clock clock;

	private final JsonMapper mapper;

	private final String secretName;

	/**
	 * Verify with the endpoint's signing secret, within the default tolerance.
	 * @param secret the signing secret, {@code whsec_} and base64 as OpenAI shows it; a
	 * secret without the prefix is used as it is, as OpenAI's own libraries do
	 * @throws OpenAiConfigurationException if the secret is empty, or not base64 after
	 * {@code whsec_}
	 */
	public OpenAiWebhooks(String secret) {
		this(secret, DEFAULT_TOLERANCE, Clock.systemUTC());
	}

	/**
	 * Verify with the endpoint's signing secret, within a tolerance of a clock.
	 * @param secret the signing secret, {@code whsec_} and base64 as OpenAI shows it; a
	 * secret without the prefix is used as it is, as OpenAI's own libraries do
	 * @param tolerance how far a webhook's timestamp may be from the clock, either way
	 * @param clock the clock that timestamps are compared with
	 * @throws OpenAiConfigurationException if the secret is empty, or not base64 after
	 * {@code whsec_}
	 */
	public OpenAiWebhooks(String secret, Duration tolerance, Clock clock) {
		this(secret, tolerance, clock, OpenAiJson.mapper(), DEFAULT_SECRET_NAME);
	}

	/**
	 * Verify with the endpoint's signing secret, within a tolerance of a clock, and read
	 * events with a client's mapper.
	 * @param secret the signing secret, {@code whsec_} and base64 as OpenAI shows it; a
	 * secret without the prefix is used as it is, as OpenAI's own libraries do
	 * @param tolerance how far a webhook's timestamp may be from the clock, either way
	 * @param clock the clock that timestamps are compared with
	 * @param mapper the JSON mapper to read events with, such as the one of the client
	 * ({@link dev.reactiveai.openai.OpenAiClient#jsonMapper()})
	 * @param secretName how messages name where the secret is set, such as a
	 * configuration property
	 * @throws OpenAiConfigurationException if the secret is empty, or not base64 after
	 * {@code whsec_}
	 */
	public OpenAiWebhooks(String secret, Duration tolerance, Clock clock, JsonMapper mapper, String secretName) {
		Objects.requireNonNull(secret, "'secret' must not be null");
		Objects.requireNonNull(tolerance, "'tolerance' must not be null");
		Objects.requireNonNull(clock, "'clock' must not be null");
		Objects.requireNonNull(mapper, "'mapper' must not be null");
		Objects.requireNonNull(secretName, "'secretName' must not be null");
		if (tolerance.isNegative()) {
			throw new IllegalArgumentException("'tolerance' must not be negative");
		}
		this.key = new SecretKeySpec(keyOf(secret, secretName), ALGORITHM);
		this.mapper = mapper;
		this.secretName = secretName;
		this.tolerance = tolerance;
		this.clock = clock;
	}

	private static byte[] keyOf(String secret, String secretName) {
		if (secret.startsWith(SECRET_PREFIX)) {
			byte[] key = decode(secret.substring(SECRET_PREFIX.length()).strip());
			if (key == null || key.length == 0) {
				throw new OpenAiConfigurationException("The webhook secret is not valid: after '" + SECRET_PREFIX
						+ "' it must be the base64 that OpenAI showed when the webhook endpoint was created. "
						+ "Copy the endpoint's signing secret again into " + secretName);
			}
			return key;
		}
		if (secret.isBlank()) {
			throw new OpenAiConfigurationException("The webhook secret is empty: set " + secretName
					+ " to the signing secret of the webhook endpoint, 'whsec_...'");
		}
		return secret.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Verify that a webhook request comes from OpenAI.
	 * @param payload the request's body, byte for byte as it came
	 * @param headers the request's headers
	 * @throws WebhookVerificationException if a header is missing, the timestamp is
	 * outside the tolerance, or no signature matches
	 */
	public void verify(byte[] payload, HttpHeaders headers) {
		verify(payload, (name) -> valuesOf(headers, name));
	}

	/**
	 * Verify that a webhook request comes from OpenAI.
	 * @param payload the request's body, byte for byte as it came
	 * @param headers the request's headers, names in any case
	 * @throws WebhookVerificationException if a header is missing, the timestamp is
	 * outside the tolerance, or no signature matches
	 */
	public void verify(byte[] payload, Map<String, ? extends List<String>> headers) {
		verify(payload, (name) -> valuesOf(headers, name));
	}

	/**
	 * Verify that a webhook request comes from OpenAI, then read its event.
	 * @param payload the request's body, byte for byte as it came
	 * @param headers the request's headers
	 * @return the event: a {@code Webhook...} record, or {@link WebhookEvent.Unknown} for
	 * an event type that this version of the client does not know
	 * @throws WebhookVerificationException if a header is missing, the timestamp is
	 * outside the tolerance, or no signature matches
	 */
	public WebhookEvent unwrap(byte[] payload, HttpHeaders headers) {
		verify(payload, headers);
		return read(payload);
	}

	/**
	 * Verify that a webhook request comes from OpenAI, then read its event.
	 * @param payload the request's body, byte for byte as it came
	 * @param headers the request's headers, names in any case
	 * @return the event: a {@code Webhook...} record, or {@link WebhookEvent.Unknown} for
	 * an event type that this version of the client does not know
	 * @throws WebhookVerificationException if a header is missing, the timestamp is
	 * outside the tolerance, or no signature matches
	 */
	public WebhookEvent unwrap(byte[] payload, Map<String, ? extends List<String>> headers) {
		verify(payload, headers);
		return read(payload);
	}

	private void verify(byte[] payload, Function<String, List<String>> headers) {
		Objects.requireNonNull(payload, "'payload' must not be null");
		String id = required(headers, ID_HEADER);
		String timestamp = required(headers, TIMESTAMP_HEADER);
		String signatures = required(headers, SIGNATURE_HEADER);
		checkTimestamp(timestamp);
		byte[] expected = sign(id, timestamp, payload);
		int checked = 0;
		for (String entry : signatures.strip().split("\\s+")) {
			if (entry.startsWith(SIGNATURE_PREFIX)) {
				checked++;
				byte[] signature = decode(entry.substring(SIGNATURE_PREFIX.length()));
				if (signature != null && MessageDigest.isEqual(expected, signature)) {
					return;
				}
			}
		}
		if (checked == 0) {
			throw new WebhookVerificationException("The '" + SIGNATURE_HEADER + "' header has no '" + SIGNATURE_PREFIX
					+ "<base64>' signature, the only version that this client verifies");
		}
		throw new WebhookVerificationException("No signature of the webhook request matched (" + checked
				+ " checked): check that " + this.secretName + " is the signing secret of this webhook endpoint "
				+ "(after a rotation, the new one), and that the body is passed byte for byte as it came");
	}

	private static String required(Function<String, List<String>> headers, String name) {
		List<String> values = headers.apply(name);
		if (values.isEmpty() || values.stream().allMatch(String::isBlank)) {
			throw new WebhookVerificationException("The webhook request has no '" + name + "' header: pass all the "
					+ "request's headers as they came, and check that no proxy in front of this application drops them");
		}
		// A header sent more than once reads as its values in order, as HTTP joins them.
		return String.join(" ", values).strip();
	}

	private void checkTimestamp(String timestamp) {
		long seconds;
		try {
			seconds = Long.parseLong(timestamp);
		}
		catch (NumberFormatException ex) {
			seconds = -1;
		}
		if (seconds < 0) {
			throw new WebhookVerificationException(
					"The '" + TIMESTAMP_HEADER + "' header is not a number of seconds since the epoch");
		}
		long now = this.clock.instant().getEpochSecond();
		long limit = this.tolerance.getSeconds();
		if (now - seconds > limit) {
			throw outsideTolerance(now - seconds, "in the past", "; an old request may also be a replay");
		}
		if (seconds - now > limit) {
			throw outsideTolerance(seconds - now, "in the future", "");
		}
	}

	private WebhookVerificationException outsideTolerance(long skew, String direction, String more) {
		return new WebhookVerificationException(
				"The webhook request's timestamp is " + skew + " s " + direction + ", outside the "
						+ this.tolerance.getSeconds() + " s tolerance: check this host's clock (NTP)" + more);
	}

	private byte[] sign(String id, String timestamp, byte[] payload) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private WebhookEvent read(byte[] payload) {
		WebhookEvent event;
		try {
			event = this.mapper.readValue(payload, WebhookEvent.class);
		}
		catch (JacksonException ex) {
			throw new OpenAiException("The webhook request is signed but its body is not a JSON event", ex);
		}
		if (event == null) {
			throw new OpenAiException("The webhook request is signed but its body is not a JSON event");
		}
		return event;
	}

	/** The bytes of base64 text, or null when it is not base64. */
	private static byte @Nullable [] decode(String base64) {
		try {
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			// Its message names a character of the text, which may be the secret's.
			return null;
		}
	}

	private static List<String> valuesOf(HttpHeaders headers, String name) {
		List<String> values = headers.get(name);
		return (values != null) ? values : List.of();
	}

	private static List<String> valuesOf(Map<String, ? extends List<String>> headers, String name) {
		List<String> values = new ArrayList<>();
		headers.forEach((key, list) -> {
			if (name.equalsIgnoreCase(key) && list != null) {
				values.addAll(list);
			}
		});
		return values;
	}

	@Override
	public String toString() {
		return "OpenAiWebhooks[secret=******, tolerance=" + this.tolerance + "]";
	}

}
