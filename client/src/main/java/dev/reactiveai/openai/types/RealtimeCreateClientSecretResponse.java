// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Response from creating a session and client secret for the Realtime API.
 *
 * @param value The generated client secret value.
 * @param expiresAt Expiration timestamp for the client secret, in seconds since epoch.
 * @param session The session configuration for either a realtime or transcription
 * session.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeCreateClientSecretResponse.Reader.class)
public record RealtimeCreateClientSecretResponse(@JsonProperty("value") String value,
		@JsonProperty("expires_at") Long expiresAt,
		@JsonProperty("session") RealtimeCreateClientSecretResponse.Session session,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeCreateClientSecretResponse}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param value The generated client secret value.
	 * @param expiresAt Expiration timestamp for the client secret, in seconds since
	 * epoch.
	 * @param session The session configuration for either a realtime or transcription
	 * session.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeCreateClientSecretResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeCreateClientSecretResponse}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * The session configuration for either a realtime or transcription session.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Session.Deserializer.class)
	public sealed interface Session
			permits RealtimeSessionCreateResponseGA, RealtimeTranscriptionSessionCreateResponseGA, Session.Unknown {

		/**
		 * A {@link Session} that this version of the client does not recognize, kept as
		 * it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Session, UnknownVariant {
		}

		/**
		 * Reads a {@link Session} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Session> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Session>variants(Unknown::new)
					.discriminator("type")
					.object(RealtimeSessionCreateResponseGA.class,
							VariantShape
								.declaring("client_secret", "type", "output_modalities", "model", "instructions",
										"audio", "include", "tracing", "tools", "tool_choice", "max_output_tokens",
										"truncation", "prompt")
								.requiring("client_secret", "type")
								.values("type", "realtime"))
					.object(RealtimeTranscriptionSessionCreateResponseGA.class,
							VariantShape.declaring("type", "id", "object", "expires_at", "include", "audio")
								.requiring("type", "id", "object")
								.values("type", "transcription")));
			}

		}

	}

	/**
	 * Builds a {@link RealtimeCreateClientSecretResponse}.
	 */
	public static final class Builder {

		private @Nullable String value;

		private @Nullable Long expiresAt;

		private @Nullable Session session;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RealtimeCreateClientSecretResponse source) {
			this.value = source.value();
			this.expiresAt = source.expiresAt();
			this.session = source.session();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The generated client secret value.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder value(@Nullable String value) {
			this.value = value;
			return this;
		}

		/**
		 * Expiration timestamp for the client secret, in seconds since epoch.
		 * @param expiresAt the value (required)
		 * @return this builder
		 */
		public Builder expiresAt(@Nullable Long expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		/**
		 * The session configuration for either a realtime or transcription session.
		 * @param session the value (required)
		 * @return this builder
		 */
		public Builder session(@Nullable Session session) {
			this.session = session;
			return this;
		}

		/**
		 * Set a property that this version of the client does not know.
		 * @param name the property's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public RealtimeCreateClientSecretResponse build() {
			return new RealtimeCreateClientSecretResponse(Objects.requireNonNull(this.value, "'value' is required"),
					Objects.requireNonNull(this.expiresAt, "'expiresAt' is required"),
					Objects.requireNonNull(this.session, "'session' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeCreateClientSecretResponse} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeCreateClientSecretResponse> {

		Reader() {
			super(RealtimeCreateClientSecretResponse.class, "value", "expires_at", "session");
		}

		@Override
		protected RealtimeCreateClientSecretResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeCreateClientSecretResponse((String) values[0], (Long) values[1], (Session) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeCreateClientSecretResponse} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeCreateClientSecretResponse> {

		Writer() {
			super(RealtimeCreateClientSecretResponse.class, "value", "expires_at", "session");
		}

		@Override
		protected @Nullable Object value(RealtimeCreateClientSecretResponse record, int index) {
			return switch (index) {
				case 0 -> record.value();
				case 1 -> record.expiresAt();
				case 2 -> record.session();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeCreateClientSecretResponse record) {
			return record.additionalProperties();
		}

	}
}
