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
 * An object with {@code domain}, {@code name} and {@code value}.
 *
 * @param domain The domain associated with the secret.
 * @param name The name of the secret to inject for the domain.
 * @param value The secret value to inject for the domain.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ContainerNetworkPolicyDomainSecretParam.Reader.class)
public record ContainerNetworkPolicyDomainSecretParam(@JsonProperty("domain") String domain,
		@JsonProperty("name") String name, @JsonProperty("value") String value,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ContainerNetworkPolicyDomainSecretParam};
	 * {@code additionalProperties} becomes an unmodifiable copy, empty for null.
	 * @param domain The domain associated with the secret.
	 * @param name The name of the secret to inject for the domain.
	 * @param value The secret value to inject for the domain.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ContainerNetworkPolicyDomainSecretParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ContainerNetworkPolicyDomainSecretParam}.
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
	 * Builds a {@link ContainerNetworkPolicyDomainSecretParam}.
	 */
	public static final class Builder {

		private @Nullable String domain;

		private @Nullable String name;

		private @Nullable String value;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ContainerNetworkPolicyDomainSecretParam source) {
			this.domain = source.domain();
			this.name = source.name();
			this.value = source.value();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The domain associated with the secret.
		 * @param domain the value (required)
		 * @return this builder
		 */
		public Builder domain(@Nullable String domain) {
			this.domain = domain;
			return this;
		}

		/**
		 * The name of the secret to inject for the domain.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * The secret value to inject for the domain.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder value(@Nullable String value) {
			this.value = value;
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
		public ContainerNetworkPolicyDomainSecretParam build() {
			return new ContainerNetworkPolicyDomainSecretParam(
					Objects.requireNonNull(this.domain, "'domain' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.value, "'value' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ContainerNetworkPolicyDomainSecretParam} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ContainerNetworkPolicyDomainSecretParam> {

		Reader() {
			super(ContainerNetworkPolicyDomainSecretParam.class, "domain", "name", "value");
		}

		@Override
		protected ContainerNetworkPolicyDomainSecretParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ContainerNetworkPolicyDomainSecretParam((String) values[0], (String) values[1],
					(String) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ContainerNetworkPolicyDomainSecretParam} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ContainerNetworkPolicyDomainSecretParam> {

		Writer() {
			super(ContainerNetworkPolicyDomainSecretParam.class, "domain", "name", "value");
		}

		@Override
		protected @Nullable Object value(ContainerNetworkPolicyDomainSecretParam record, int index) {
			return switch (index) {
				case 0 -> record.domain();
				case 1 -> record.name();
				case 2 -> record.value();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ContainerNetworkPolicyDomainSecretParam record) {
			return record.additionalProperties();
		}

	}
}
