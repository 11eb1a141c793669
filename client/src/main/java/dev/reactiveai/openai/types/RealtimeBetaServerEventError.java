// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Returned when an error occurs, which could be a client problem or a server problem.
 * Most errors are recoverable and the session will stay open, we recommend to
 * implementors to monitor and log error messages by default.
 *
 * @param eventId The unique ID of the server event.
 * @param type The event type, must be {@code error}.
 * @param error Details of the error.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RealtimeBetaServerEventError.Reader.class)
public record RealtimeBetaServerEventError(@JsonProperty("event_id") String eventId, @JsonProperty("type") String type,
		@JsonProperty("error") RealtimeBetaServerEventError.Error error,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RealtimeBetaServerEventError}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param eventId The unique ID of the server event.
	 * @param type The event type, must be {@code error}.
	 * @param error Details of the error.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RealtimeBetaServerEventError {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RealtimeBetaServerEventError}.
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
	 * Details of the error.
	 *
	 * @param type The type of error (e.g., "invalid_request_error", "server_error").
	 * @param code Error code, if any.
	 * @param message A human-readable error message.
	 * @param param Parameter related to the error, if any.
	 * @param eventId The event_id of the client event that caused the error, if
	 * applicable.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Error.Reader.class)
	public static record Error(@JsonProperty("type") String type, @JsonProperty("code") @Nullable String code,
			@JsonProperty("message") String message, @JsonProperty("param") @Nullable String param,
			@JsonProperty("event_id") @Nullable String eventId,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Error}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param type The type of error (e.g., "invalid_request_error", "server_error").
		 * @param code Error code, if any.
		 * @param message A human-readable error message.
		 * @param param Parameter related to the error, if any.
		 * @param eventId The event_id of the client event that caused the error, if
		 * applicable.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Error {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Error}.
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
		 * Builds a {@link Error}.
		 */
		public static final class Builder {

			private @Nullable String type;

			private @Nullable String code;

			private @Nullable String message;

			private @Nullable String param;

			private @Nullable String eventId;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Error source) {
				this.type = source.type();
				this.code = source.code();
				this.message = source.message();
				this.param = source.param();
				this.eventId = source.eventId();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The type of error (e.g., "invalid_request_error", "server_error").
			 * @param type the value (required)
			 * @return this builder
			 */
			public Builder type(@Nullable String type) {
				this.type = type;
				return this;
			}

			/**
			 * Error code, if any.
			 * @param code the value
			 * @return this builder
			 */
			public Builder code(@Nullable String code) {
				this.code = code;
				return this;
			}

			/**
			 * A human-readable error message.
			 * @param message the value (required)
			 * @return this builder
			 */
			public Builder message(@Nullable String message) {
				this.message = message;
				return this;
			}

			/**
			 * Parameter related to the error, if any.
			 * @param param the value
			 * @return this builder
			 */
			public Builder param(@Nullable String param) {
				this.param = param;
				return this;
			}

			/**
			 * The event_id of the client event that caused the error, if applicable.
			 * @param eventId the value
			 * @return this builder
			 */
			public Builder eventId(@Nullable String eventId) {
				this.eventId = eventId;
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
			public Error build() {
				return new Error(Objects.requireNonNull(this.type, "'type' is required"), this.code,
						Objects.requireNonNull(this.message, "'message' is required"), this.param, this.eventId,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Error} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Error> {

			Reader() {
				super(Error.class, "type", "code", "message", "param", "event_id");
			}

			@Override
			protected Error create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Error((String) values[0], (String) values[1], (String) values[2], (String) values[3],
						(String) values[4], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Error} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Error> {

			Writer() {
				super(Error.class, "type", "code", "message", "param", "event_id");
			}

			@Override
			protected @Nullable Object value(Error record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.code();
					case 2 -> record.message();
					case 3 -> record.param();
					case 4 -> record.eventId();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Error record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link RealtimeBetaServerEventError}.
	 */
	public static final class Builder {

		private @Nullable String eventId;

		private @Nullable String type;

		private @Nullable Error error;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "error";
		}

		private Builder(RealtimeBetaServerEventError source) {
			this.eventId = source.eventId();
			this.type = source.type();
			this.error = source.error();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The unique ID of the server event.
		 * @param eventId the value (required)
		 * @return this builder
		 */
		public Builder eventId(@Nullable String eventId) {
			this.eventId = eventId;
			return this;
		}

		/**
		 * Details of the error.
		 * @param error the value (required)
		 * @return this builder
		 */
		public Builder error(@Nullable Error error) {
			this.error = error;
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
		public RealtimeBetaServerEventError build() {
			return new RealtimeBetaServerEventError(Objects.requireNonNull(this.eventId, "'eventId' is required"),
					this.type, Objects.requireNonNull(this.error, "'error' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RealtimeBetaServerEventError} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RealtimeBetaServerEventError> {

		Reader() {
			super(RealtimeBetaServerEventError.class, "event_id", "type", "error");
		}

		@Override
		protected RealtimeBetaServerEventError create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RealtimeBetaServerEventError((String) values[0], (String) values[1], (Error) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RealtimeBetaServerEventError} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RealtimeBetaServerEventError> {

		Writer() {
			super(RealtimeBetaServerEventError.class, "event_id", "type", "error");
		}

		@Override
		protected @Nullable Object value(RealtimeBetaServerEventError record, int index) {
			return switch (index) {
				case 0 -> record.eventId();
				case 1 -> record.type();
				case 2 -> record.error();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RealtimeBetaServerEventError record) {
			return record.additionalProperties();
		}

	}
}
