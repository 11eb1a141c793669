// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The actor who performed the audit logged action.
 *
 * @param type The type of actor. Is either {@code session} or {@code api_key}.
 * @param session The session in which the audit logged action was performed.
 * @param apiKey The API Key used to perform the audit logged action.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = AuditLogActor.Reader.class)
public record AuditLogActor(@JsonProperty("type") AuditLogActor.@Nullable Type type,
		@JsonProperty("session") @Nullable AuditLogActorSession session,
		@JsonProperty("api_key") @Nullable AuditLogActorApiKey apiKey,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link AuditLogActor}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of actor.
	 * @param session The session in which the audit logged action was performed.
	 * @param apiKey The API Key used to perform the audit logged action.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public AuditLogActor {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link AuditLogActor}.
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
	 * The type of actor. Is either {@code session} or {@code api_key}.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Type(@JsonValue String value) {
		/**
		 * The value {@code session}.
		 */
		public static final Type SESSION = new Type("session");

		/**
		 * The value {@code api_key}.
		 */
		public static final Type API_KEY = new Type("api_key");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Type {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Type of(String value) {
			return switch (value) {
				case "session" -> SESSION;
				case "api_key" -> API_KEY;
				default -> new Type(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "session", "api_key" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link AuditLogActor}.
	 */
	public static final class Builder {

		private @Nullable Type type;

		private @Nullable AuditLogActorSession session;

		private @Nullable AuditLogActorApiKey apiKey;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(AuditLogActor source) {
			this.type = source.type();
			this.session = source.session();
			this.apiKey = source.apiKey();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The type of actor.
		 * @param type the value
		 * @return this builder
		 */
		public Builder type(@Nullable Type type) {
			this.type = type;
			return this;
		}

		/**
		 * The type of actor.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder type(String value) {
			return type(Type.of(value));
		}

		/**
		 * The session in which the audit logged action was performed.
		 * @param session the value
		 * @return this builder
		 */
		public Builder session(@Nullable AuditLogActorSession session) {
			this.session = session;
			return this;
		}

		/**
		 * The API Key used to perform the audit logged action.
		 * @param apiKey the value
		 * @return this builder
		 */
		public Builder apiKey(@Nullable AuditLogActorApiKey apiKey) {
			this.apiKey = apiKey;
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
		public AuditLogActor build() {
			return new AuditLogActor(this.type, this.session, this.apiKey, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link AuditLogActor} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<AuditLogActor> {

		Reader() {
			super(AuditLogActor.class, "type", "session", "api_key");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Type.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected AuditLogActor create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new AuditLogActor((Type) values[0], (AuditLogActorSession) values[1],
					(AuditLogActorApiKey) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link AuditLogActor} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<AuditLogActor> {

		Writer() {
			super(AuditLogActor.class, "type", "session", "api_key");
		}

		@Override
		protected @Nullable Object value(AuditLogActor record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.session();
				case 2 -> record.apiKey();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(AuditLogActor record) {
			return record.additionalProperties();
		}

	}
}
