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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Create a session and client secret for the Realtime API. The request can specify either
 * a realtime or a transcription session configuration.
 * <a href="https://platform.openai.com/docs/guides/realtime">Learn more about the
 * Realtime API</a>.
 *
 * @param expiresAfter Configuration for the client secret expiration. Expiration refers
 * to the time after which a client secret will no longer be valid for creating sessions.
 * The session itself may continue after that time once started. A secret can be used to
 * create multiple sessions until it expires.
 * @param session Session configuration to use for the client secret. Choose either a
 * realtime session or a transcription session.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeCreateClientSecretRequest.Reader.class)
public record RealtimeCreateClientSecretRequest(
		@JsonProperty("expires_after") RealtimeCreateClientSecretRequest.@Nullable ExpiresAfter expiresAfter,
		@JsonProperty("session") RealtimeCreateClientSecretRequest.@Nullable Session session,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeCreateClientSecretRequest}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param expiresAfter Configuration for the client secret expiration.
	 * @param session Session configuration to use for the client secret.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeCreateClientSecretRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeCreateClientSecretRequest}.
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
	 * Configuration for the client secret expiration. Expiration refers to the time after
	 * which a client secret will no longer be valid for creating sessions. The session
	 * itself may continue after that time once started. A secret can be used to create
	 * multiple sessions until it expires.
	 *
	 * @param anchor The anchor point for the client secret expiration, meaning that
	 * {@code seconds} will be added to the {@code created_at} time of the client secret
	 * to produce an expiration timestamp. Only {@code created_at} is currently supported.
	 * @param seconds The number of seconds from the anchor point to the expiration.
	 * Select a value between {@code 10} and {@code 7200} (2 hours). This default to 600
	 * seconds (10 minutes) if not specified.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ExpiresAfter.Reader.class)
	public static record ExpiresAfter(@JsonProperty("anchor") @Nullable String anchor,
			@JsonProperty("seconds") @Nullable Long seconds,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ExpiresAfter}, filling in {@code anchor} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param anchor The anchor point for the client secret expiration, meaning that
		 * {@code seconds} will be added to the {@code created_at} time of the client
		 * secret to produce an expiration timestamp.
		 * @param seconds The number of seconds from the anchor point to the expiration.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ExpiresAfter {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ExpiresAfter}.
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
		 * Builds a {@link ExpiresAfter}.
		 */
		public static final class Builder {

			private @Nullable String anchor;

			private @Nullable Long seconds;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.anchor = "created_at";
			}

			private Builder(ExpiresAfter source) {
				this.anchor = source.anchor();
				this.seconds = source.seconds();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The number of seconds from the anchor point to the expiration.
			 * @param seconds the value
			 * @return this builder
			 */
			public Builder seconds(@Nullable Long seconds) {
				this.seconds = seconds;
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
			public ExpiresAfter build() {
				return new ExpiresAfter(this.anchor, this.seconds, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ExpiresAfter} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ExpiresAfter> {

			Reader() {
				super(ExpiresAfter.class, "anchor", "seconds");
			}

			@Override
			protected ExpiresAfter create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ExpiresAfter((String) values[0], (Long) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ExpiresAfter} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ExpiresAfter> {

			Writer() {
				super(ExpiresAfter.class, "anchor", "seconds");
			}

			@Override
			protected @Nullable Object value(ExpiresAfter record, int index) {
				return switch (index) {
					case 0 -> record.anchor();
					case 1 -> record.seconds();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ExpiresAfter record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Session configuration to use for the client secret. Choose either a realtime
	 * session or a transcription session.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Session.Deserializer.class)
	public sealed interface Session
			permits RealtimeSessionCreateRequestGA, RealtimeTranscriptionSessionCreateRequestGA, Session.Unknown {

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
					.object(RealtimeSessionCreateRequestGA.class,
							VariantShape
								.declaring("type", "output_modalities", "model", "instructions", "audio", "include",
										"tracing", "tools", "tool_choice", "max_output_tokens", "truncation", "prompt")
								.requiring("type")
								.values("type", "realtime"))
					.object(RealtimeTranscriptionSessionCreateRequestGA.class,
							VariantShape.declaring("type", "audio", "include")
								.requiring("type")
								.values("type", "transcription")));
			}

		}

	}

	/**
	 * Builds a {@link RealtimeCreateClientSecretRequest}.
	 */
	public static final class Builder {

		private @Nullable ExpiresAfter expiresAfter;

		private @Nullable Session session;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RealtimeCreateClientSecretRequest source) {
			this.expiresAfter = source.expiresAfter();
			this.session = source.session();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Configuration for the client secret expiration.
		 * @param expiresAfter the value
		 * @return this builder
		 */
		public Builder expiresAfter(@Nullable ExpiresAfter expiresAfter) {
			this.expiresAfter = expiresAfter;
			return this;
		}

		/**
		 * Session configuration to use for the client secret.
		 * @param session the value
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
		public RealtimeCreateClientSecretRequest build() {
			return new RealtimeCreateClientSecretRequest(this.expiresAfter, this.session, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeCreateClientSecretRequest} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeCreateClientSecretRequest> {

		Reader() {
			super(RealtimeCreateClientSecretRequest.class, "expires_after", "session");
		}

		@Override
		protected RealtimeCreateClientSecretRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeCreateClientSecretRequest((ExpiresAfter) values[0], (Session) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeCreateClientSecretRequest} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeCreateClientSecretRequest> {

		Writer() {
			super(RealtimeCreateClientSecretRequest.class, "expires_after", "session");
		}

		@Override
		protected @Nullable Object value(RealtimeCreateClientSecretRequest record, int index) {
			return switch (index) {
				case 0 -> record.expiresAfter();
				case 1 -> record.session();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeCreateClientSecretRequest record) {
			return record.additionalProperties();
		}

	}
}
