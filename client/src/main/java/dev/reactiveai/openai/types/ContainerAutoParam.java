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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An object with {@code type}, {@code file_ids}, {@code memory_limit},
 * {@code network_policy} and {@code skills}.
 *
 * @param type Automatically creates a container for this request
 * @param fileIds An optional list of uploaded files to make available to your code.
 * @param memoryLimit A {@link dev.reactiveai.openai.types.ContainerMemoryLimit} (the API
 * description says no more).
 * @param networkPolicy Network access policy for the container.
 * @param skills An optional list of skills referenced by id or inline data.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ContainerAutoParam.Reader.class)
public record ContainerAutoParam(@JsonProperty("type") String type,
		@JsonProperty("file_ids") @Nullable List<String> fileIds,
		@JsonProperty("memory_limit") @Nullable ContainerMemoryLimit memoryLimit,
		@JsonProperty("network_policy") ContainerAutoParam.@Nullable NetworkPolicy networkPolicy,
		@JsonProperty("skills") @Nullable List<ContainerAutoParam.Skill> skills,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			FunctionShellToolParam.Environment {

	/**
	 * Creates a {@link ContainerAutoParam}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type Automatically creates a container for this request
	 * @param fileIds An optional list of uploaded files to make available to your code.
	 * @param memoryLimit A {@link dev.reactiveai.openai.types.ContainerMemoryLimit} (the
	 * API description says no more).
	 * @param networkPolicy Network access policy for the container.
	 * @param skills An optional list of skills referenced by id or inline data.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ContainerAutoParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ContainerAutoParam}.
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
	 * Network access policy for the container.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = NetworkPolicy.Deserializer.class)
	public sealed interface NetworkPolicy
			permits ContainerNetworkPolicyDisabledParam, ContainerNetworkPolicyAllowlistParam, NetworkPolicy.Unknown {

		/**
		 * A {@link NetworkPolicy} that this version of the client does not recognize,
		 * kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements NetworkPolicy, UnknownVariant {
		}

		/**
		 * Reads a {@link NetworkPolicy} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<NetworkPolicy> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<NetworkPolicy>variants(Unknown::new)
					.discriminator("type")
					.object(ContainerNetworkPolicyDisabledParam.class,
							VariantShape.declaring("type").requiring("type").values("type", "disabled"))
					.object(ContainerNetworkPolicyAllowlistParam.class,
							VariantShape.declaring("type", "allowed_domains", "domain_secrets")
								.requiring("type", "allowed_domains")
								.values("type", "allowlist")));
			}

		}

	}

	/**
	 * An item of a {@link ContainerAutoParam}'s {@code skills}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Skill.Deserializer.class)
	public sealed interface Skill permits SkillReferenceParam, InlineSkillParam, Skill.Unknown {

		/**
		 * A {@link Skill} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Skill, UnknownVariant {
		}

		/**
		 * Reads a {@link Skill} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Skill> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Skill>variants(Unknown::new)
					.discriminator("type")
					.object(SkillReferenceParam.class,
							VariantShape.declaring("type", "skill_id", "version")
								.requiring("type", "skill_id")
								.values("type", "skill_reference"))
					.object(InlineSkillParam.class,
							VariantShape.declaring("type", "name", "description", "source")
								.requiring("type", "name", "description", "source")
								.values("type", "inline")));
			}

		}

	}

	/**
	 * Builds a {@link ContainerAutoParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable List<String> fileIds;

		private @Nullable ContainerMemoryLimit memoryLimit;

		private @Nullable NetworkPolicy networkPolicy;

		private @Nullable List<Skill> skills;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "container_auto";
		}

		private Builder(ContainerAutoParam source) {
			this.type = source.type();
			this.fileIds = (source.fileIds() != null) ? new ArrayList<>(source.fileIds()) : null;
			this.memoryLimit = source.memoryLimit();
			this.networkPolicy = source.networkPolicy();
			this.skills = (source.skills() != null) ? new ArrayList<>(source.skills()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * An optional list of uploaded files to make available to your code.
		 * <p>
		 * Takes a copy of the list.
		 * @param fileIds the value
		 * @return this builder
		 */
		public Builder fileIds(@Nullable List<String> fileIds) {
			this.fileIds = (fileIds != null) ? new ArrayList<>(fileIds) : null;
			return this;
		}

		/**
		 * An optional list of uploaded files to make available to your code.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param fileId the item to add
		 * @return this builder
		 */
		public Builder addFileId(String fileId) {
			Objects.requireNonNull(fileId, "'fileId' must not be null");
			if (this.fileIds == null) {
				this.fileIds = new ArrayList<>();
			}
			this.fileIds.add(fileId);
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.ContainerMemoryLimit} (the API description
		 * says no more).
		 * @param memoryLimit the value
		 * @return this builder
		 */
		public Builder memoryLimit(@Nullable ContainerMemoryLimit memoryLimit) {
			this.memoryLimit = memoryLimit;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.ContainerMemoryLimit} (the API description
		 * says no more).
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder memoryLimit(String value) {
			return memoryLimit(ContainerMemoryLimit.of(value));
		}

		/**
		 * Network access policy for the container.
		 * @param networkPolicy the value
		 * @return this builder
		 */
		public Builder networkPolicy(@Nullable NetworkPolicy networkPolicy) {
			this.networkPolicy = networkPolicy;
			return this;
		}

		/**
		 * An optional list of skills referenced by id or inline data.
		 * <p>
		 * Takes a copy of the list.
		 * @param skills the value
		 * @return this builder
		 */
		public Builder skills(@Nullable List<? extends Skill> skills) {
			this.skills = (skills != null) ? new ArrayList<>(skills) : null;
			return this;
		}

		/**
		 * An optional list of skills referenced by id or inline data.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param skill the item to add
		 * @return this builder
		 */
		public Builder addSkill(Skill skill) {
			Objects.requireNonNull(skill, "'skill' must not be null");
			if (this.skills == null) {
				this.skills = new ArrayList<>();
			}
			this.skills.add(skill);
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
		public ContainerAutoParam build() {
			return new ContainerAutoParam(this.type,
					(this.fileIds != null) ? Collections.unmodifiableList(new ArrayList<>(this.fileIds)) : null,
					this.memoryLimit, this.networkPolicy,
					(this.skills != null) ? Collections.unmodifiableList(new ArrayList<>(this.skills)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ContainerAutoParam} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ContainerAutoParam> {

		Reader() {
			super(ContainerAutoParam.class, "type", "file_ids", "memory_limit", "network_policy", "skills");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 2 -> ContainerMemoryLimit.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ContainerAutoParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ContainerAutoParam((String) values[0], (List<String>) values[1],
					(ContainerMemoryLimit) values[2], (NetworkPolicy) values[3], (List<Skill>) values[4],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ContainerAutoParam} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ContainerAutoParam> {

		Writer() {
			super(ContainerAutoParam.class, "type", "file_ids", "memory_limit", "network_policy", "skills");
		}

		@Override
		protected @Nullable Object value(ContainerAutoParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.fileIds();
				case 2 -> record.memoryLimit();
				case 3 -> record.networkPolicy();
				case 4 -> record.skills();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ContainerAutoParam record) {
			return record.additionalProperties();
		}

	}
}
