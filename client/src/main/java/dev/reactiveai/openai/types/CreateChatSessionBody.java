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
 * Parameters for provisioning a new ChatKit session.
 *
 * @param workflow Workflow that powers the session.
 * @param user A free-form string that identifies your end user; ensures this Session can
 * access other objects that have the same {@code user} scope.
 * @param expiresAfter Optional override for session expiration timing in seconds from
 * creation. Defaults to 10 minutes.
 * @param rateLimits Optional override for per-minute request limits. When omitted,
 * defaults to 10.
 * @param chatkitConfiguration Optional overrides for ChatKit runtime configuration
 * features
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateChatSessionBody.Reader.class)
public record CreateChatSessionBody(@JsonProperty("workflow") WorkflowParam workflow, @JsonProperty("user") String user,
		@JsonProperty("expires_after") @Nullable ExpiresAfterParam expiresAfter,
		@JsonProperty("rate_limits") @Nullable RateLimitsParam rateLimits,
		@JsonProperty("chatkit_configuration") @Nullable ChatkitConfigurationParam chatkitConfiguration,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateChatSessionBody}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param workflow Workflow that powers the session.
	 * @param user A free-form string that identifies your end user; ensures this Session
	 * can access other objects that have the same {@code user} scope.
	 * @param expiresAfter Optional override for session expiration timing in seconds from
	 * creation.
	 * @param rateLimits Optional override for per-minute request limits.
	 * @param chatkitConfiguration Optional overrides for ChatKit runtime configuration
	 * features
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateChatSessionBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateChatSessionBody}.
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
	 * Builds a {@link CreateChatSessionBody}.
	 */
	public static final class Builder {

		private @Nullable WorkflowParam workflow;

		private @Nullable String user;

		private @Nullable ExpiresAfterParam expiresAfter;

		private @Nullable RateLimitsParam rateLimits;

		private @Nullable ChatkitConfigurationParam chatkitConfiguration;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateChatSessionBody source) {
			this.workflow = source.workflow();
			this.user = source.user();
			this.expiresAfter = source.expiresAfter();
			this.rateLimits = source.rateLimits();
			this.chatkitConfiguration = source.chatkitConfiguration();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Workflow that powers the session.
		 * @param workflow the value (required)
		 * @return this builder
		 */
		public Builder workflow(@Nullable WorkflowParam workflow) {
			this.workflow = workflow;
			return this;
		}

		/**
		 * A free-form string that identifies your end user; ensures this Session can
		 * access other objects that have the same {@code user} scope.
		 * @param user the value (required)
		 * @return this builder
		 */
		public Builder user(@Nullable String user) {
			this.user = user;
			return this;
		}

		/**
		 * Optional override for session expiration timing in seconds from creation.
		 * @param expiresAfter the value
		 * @return this builder
		 */
		public Builder expiresAfter(@Nullable ExpiresAfterParam expiresAfter) {
			this.expiresAfter = expiresAfter;
			return this;
		}

		/**
		 * Optional override for per-minute request limits.
		 * @param rateLimits the value
		 * @return this builder
		 */
		public Builder rateLimits(@Nullable RateLimitsParam rateLimits) {
			this.rateLimits = rateLimits;
			return this;
		}

		/**
		 * Optional overrides for ChatKit runtime configuration features
		 * @param chatkitConfiguration the value
		 * @return this builder
		 */
		public Builder chatkitConfiguration(@Nullable ChatkitConfigurationParam chatkitConfiguration) {
			this.chatkitConfiguration = chatkitConfiguration;
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
		public CreateChatSessionBody build() {
			return new CreateChatSessionBody(Objects.requireNonNull(this.workflow, "'workflow' is required"),
					Objects.requireNonNull(this.user, "'user' is required"), this.expiresAfter, this.rateLimits,
					this.chatkitConfiguration, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateChatSessionBody} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateChatSessionBody> {

		Reader() {
			super(CreateChatSessionBody.class, "workflow", "user", "expires_after", "rate_limits",
					"chatkit_configuration");
		}

		@Override
		protected CreateChatSessionBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateChatSessionBody((WorkflowParam) values[0], (String) values[1],
					(ExpiresAfterParam) values[2], (RateLimitsParam) values[3], (ChatkitConfigurationParam) values[4],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateChatSessionBody} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateChatSessionBody> {

		Writer() {
			super(CreateChatSessionBody.class, "workflow", "user", "expires_after", "rate_limits",
					"chatkit_configuration");
		}

		@Override
		protected @Nullable Object value(CreateChatSessionBody record, int index) {
			return switch (index) {
				case 0 -> record.workflow();
				case 1 -> record.user();
				case 2 -> record.expiresAfter();
				case 3 -> record.rateLimits();
				case 4 -> record.chatkitConfiguration();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateChatSessionBody record) {
			return record.additionalProperties();
		}

	}
}
