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
 * Represents a ChatKit session and its resolved configuration.
 *
 * @param id Identifier for the ChatKit session.
 * @param object Type discriminator that is always {@code chatkit.session}.
 * @param expiresAt Unix timestamp (in seconds) for when the session expires.
 * @param clientSecret Ephemeral client secret that authenticates session requests.
 * @param workflow Workflow metadata for the session.
 * @param user User identifier associated with the session.
 * @param rateLimits Resolved rate limit values.
 * @param maxRequestsPer1Minute Convenience copy of the per-minute request limit.
 * @param status Current lifecycle state of the session.
 * @param chatkitConfiguration Resolved ChatKit feature configuration for the session.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatSessionResource.Reader.class)
public record ChatSessionResource(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("expires_at") Long expiresAt, @JsonProperty("client_secret") String clientSecret,
		@JsonProperty("workflow") ChatkitWorkflow workflow, @JsonProperty("user") String user,
		@JsonProperty("rate_limits") ChatSessionRateLimits rateLimits,
		@JsonProperty("max_requests_per_1_minute") Long maxRequestsPer1Minute,
		@JsonProperty("status") ChatSessionStatus status,
		@JsonProperty("chatkit_configuration") ChatSessionChatkitConfiguration chatkitConfiguration,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatSessionResource}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id Identifier for the ChatKit session.
	 * @param object Type discriminator that is always {@code chatkit.session}.
	 * @param expiresAt Unix timestamp (in seconds) for when the session expires.
	 * @param clientSecret Ephemeral client secret that authenticates session requests.
	 * @param workflow Workflow metadata for the session.
	 * @param user User identifier associated with the session.
	 * @param rateLimits Resolved rate limit values.
	 * @param maxRequestsPer1Minute Convenience copy of the per-minute request limit.
	 * @param status Current lifecycle state of the session.
	 * @param chatkitConfiguration Resolved ChatKit feature configuration for the session.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatSessionResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatSessionResource}.
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
	 * Builds a {@link ChatSessionResource}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long expiresAt;

		private @Nullable String clientSecret;

		private @Nullable ChatkitWorkflow workflow;

		private @Nullable String user;

		private @Nullable ChatSessionRateLimits rateLimits;

		private @Nullable Long maxRequestsPer1Minute;

		private @Nullable ChatSessionStatus status;

		private @Nullable ChatSessionChatkitConfiguration chatkitConfiguration;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "chatkit.session";
		}

		private Builder(ChatSessionResource source) {
			this.id = source.id();
			this.object = source.object();
			this.expiresAt = source.expiresAt();
			this.clientSecret = source.clientSecret();
			this.workflow = source.workflow();
			this.user = source.user();
			this.rateLimits = source.rateLimits();
			this.maxRequestsPer1Minute = source.maxRequestsPer1Minute();
			this.status = source.status();
			this.chatkitConfiguration = source.chatkitConfiguration();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier for the ChatKit session.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Unix timestamp (in seconds) for when the session expires.
		 * @param expiresAt the value (required)
		 * @return this builder
		 */
		public Builder expiresAt(@Nullable Long expiresAt) {
			this.expiresAt = expiresAt;
			return this;
		}

		/**
		 * Ephemeral client secret that authenticates session requests.
		 * @param clientSecret the value (required)
		 * @return this builder
		 */
		public Builder clientSecret(@Nullable String clientSecret) {
			this.clientSecret = clientSecret;
			return this;
		}

		/**
		 * Workflow metadata for the session.
		 * @param workflow the value (required)
		 * @return this builder
		 */
		public Builder workflow(@Nullable ChatkitWorkflow workflow) {
			this.workflow = workflow;
			return this;
		}

		/**
		 * User identifier associated with the session.
		 * @param user the value (required)
		 * @return this builder
		 */
		public Builder user(@Nullable String user) {
			this.user = user;
			return this;
		}

		/**
		 * Resolved rate limit values.
		 * @param rateLimits the value (required)
		 * @return this builder
		 */
		public Builder rateLimits(@Nullable ChatSessionRateLimits rateLimits) {
			this.rateLimits = rateLimits;
			return this;
		}

		/**
		 * Convenience copy of the per-minute request limit.
		 * @param maxRequestsPer1Minute the value (required)
		 * @return this builder
		 */
		public Builder maxRequestsPer1Minute(@Nullable Long maxRequestsPer1Minute) {
			this.maxRequestsPer1Minute = maxRequestsPer1Minute;
			return this;
		}

		/**
		 * Current lifecycle state of the session.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable ChatSessionStatus status) {
			this.status = status;
			return this;
		}

		/**
		 * Current lifecycle state of the session.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder status(String value) {
			return status(ChatSessionStatus.of(value));
		}

		/**
		 * Resolved ChatKit feature configuration for the session.
		 * @param chatkitConfiguration the value (required)
		 * @return this builder
		 */
		public Builder chatkitConfiguration(@Nullable ChatSessionChatkitConfiguration chatkitConfiguration) {
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
		public ChatSessionResource build() {
			return new ChatSessionResource(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.expiresAt, "'expiresAt' is required"),
					Objects.requireNonNull(this.clientSecret, "'clientSecret' is required"),
					Objects.requireNonNull(this.workflow, "'workflow' is required"),
					Objects.requireNonNull(this.user, "'user' is required"),
					Objects.requireNonNull(this.rateLimits, "'rateLimits' is required"),
					Objects.requireNonNull(this.maxRequestsPer1Minute, "'maxRequestsPer1Minute' is required"),
					Objects.requireNonNull(this.status, "'status' is required"),
					Objects.requireNonNull(this.chatkitConfiguration, "'chatkitConfiguration' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatSessionResource} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatSessionResource> {

		Reader() {
			super(ChatSessionResource.class, "id", "object", "expires_at", "client_secret", "workflow", "user",
					"rate_limits", "max_requests_per_1_minute", "status", "chatkit_configuration");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 8 -> ChatSessionStatus.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected ChatSessionResource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatSessionResource((String) values[0], (String) values[1], (Long) values[2], (String) values[3],
					(ChatkitWorkflow) values[4], (String) values[5], (ChatSessionRateLimits) values[6],
					(Long) values[7], (ChatSessionStatus) values[8], (ChatSessionChatkitConfiguration) values[9],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatSessionResource} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatSessionResource> {

		Writer() {
			super(ChatSessionResource.class, "id", "object", "expires_at", "client_secret", "workflow", "user",
					"rate_limits", "max_requests_per_1_minute", "status", "chatkit_configuration");
		}

		@Override
		protected @Nullable Object value(ChatSessionResource record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.expiresAt();
				case 3 -> record.clientSecret();
				case 4 -> record.workflow();
				case 5 -> record.user();
				case 6 -> record.rateLimits();
				case 7 -> record.maxRequestsPer1Minute();
				case 8 -> record.status();
				case 9 -> record.chatkitConfiguration();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatSessionResource record) {
			return record.additionalProperties();
		}

	}
}
