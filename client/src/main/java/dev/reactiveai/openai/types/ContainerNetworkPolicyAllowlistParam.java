// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An object with {@code type}, {@code allowed_domains} and {@code domain_secrets}.
 *
 * @param type Allow outbound network access only to specified domains. Always
 * {@code allowlist}.
 * @param allowedDomains A list of allowed domains when type is {@code allowlist}.
 * @param domainSecrets Optional domain-scoped secrets for allowlisted domains.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ContainerNetworkPolicyAllowlistParam.Reader.class)
public record ContainerNetworkPolicyAllowlistParam(@JsonProperty("type") String type,
		@JsonProperty("allowed_domains") List<String> allowedDomains,
		@JsonProperty("domain_secrets") @Nullable List<ContainerNetworkPolicyDomainSecretParam> domainSecrets,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			AutoCodeInterpreterToolParam.NetworkPolicy,
			ContainerAutoParam.NetworkPolicy,
			CreateContainerBody.NetworkPolicy {

	/**
	 * Creates a {@link ContainerNetworkPolicyAllowlistParam}, filling in {@code type}
	 * with its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type Allow outbound network access only to specified domains.
	 * @param allowedDomains A list of allowed domains when type is {@code allowlist}.
	 * @param domainSecrets Optional domain-scoped secrets for allowlisted domains.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ContainerNetworkPolicyAllowlistParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ContainerNetworkPolicyAllowlistParam}.
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
	 * Builds a {@link ContainerNetworkPolicyAllowlistParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable List<String> allowedDomains;

		private @Nullable List<ContainerNetworkPolicyDomainSecretParam> domainSecrets;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "allowlist";
		}

		private Builder(ContainerNetworkPolicyAllowlistParam source) {
			this.type = source.type();
			this.allowedDomains = (source.allowedDomains() != null) ? new ArrayList<>(source.allowedDomains()) : null;
			this.domainSecrets = (source.domainSecrets() != null) ? new ArrayList<>(source.domainSecrets()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A list of allowed domains when type is {@code allowlist}.
		 * <p>
		 * Takes a copy of the list.
		 * @param allowedDomains the value (required)
		 * @return this builder
		 */
		public Builder allowedDomains(@Nullable List<String> allowedDomains) {
			this.allowedDomains = (allowedDomains != null) ? new ArrayList<>(allowedDomains) : null;
			return this;
		}

		/**
		 * A list of allowed domains when type is {@code allowlist}.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param allowedDomain the item to add
		 * @return this builder
		 */
		public Builder addAllowedDomain(String allowedDomain) {
			Objects.requireNonNull(allowedDomain, "'allowedDomain' must not be null");
			if (this.allowedDomains == null) {
				this.allowedDomains = new ArrayList<>();
			}
			this.allowedDomains.add(allowedDomain);
			return this;
		}

		/**
		 * Optional domain-scoped secrets for allowlisted domains.
		 * <p>
		 * Takes a copy of the list.
		 * @param domainSecrets the value
		 * @return this builder
		 */
		public Builder domainSecrets(@Nullable List<ContainerNetworkPolicyDomainSecretParam> domainSecrets) {
			this.domainSecrets = (domainSecrets != null) ? new ArrayList<>(domainSecrets) : null;
			return this;
		}

		/**
		 * Optional domain-scoped secrets for allowlisted domains.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param domainSecret the item to add
		 * @return this builder
		 */
		public Builder addDomainSecret(ContainerNetworkPolicyDomainSecretParam domainSecret) {
			Objects.requireNonNull(domainSecret, "'domainSecret' must not be null");
			if (this.domainSecrets == null) {
				this.domainSecrets = new ArrayList<>();
			}
			this.domainSecrets.add(domainSecret);
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
		public ContainerNetworkPolicyAllowlistParam build() {
			return new ContainerNetworkPolicyAllowlistParam(this.type,
					Collections.unmodifiableList(new ArrayList<>(
							Objects.requireNonNull(this.allowedDomains, "'allowedDomains' is required"))),
					(this.domainSecrets != null) ? Collections.unmodifiableList(new ArrayList<>(this.domainSecrets))
							: null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ContainerNetworkPolicyAllowlistParam} from the parser's tokens;
	 * Jackson creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ContainerNetworkPolicyAllowlistParam> {

		Reader() {
			super(ContainerNetworkPolicyAllowlistParam.class, "type", "allowed_domains", "domain_secrets");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ContainerNetworkPolicyAllowlistParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ContainerNetworkPolicyAllowlistParam((String) values[0], (List<String>) values[1],
					(List<ContainerNetworkPolicyDomainSecretParam>) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ContainerNetworkPolicyAllowlistParam} without reflection; the
	 * client's mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ContainerNetworkPolicyAllowlistParam> {

		Writer() {
			super(ContainerNetworkPolicyAllowlistParam.class, "type", "allowed_domains", "domain_secrets");
		}

		@Override
		protected @Nullable Object value(ContainerNetworkPolicyAllowlistParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.allowedDomains();
				case 2 -> record.domainSecrets();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ContainerNetworkPolicyAllowlistParam record) {
			return record.additionalProperties();
		}

	}
}
