// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
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
 * The request body of {@code POST /containers}: Create Container.
 *
 * @param name Name of the container to create.
 * @param fileIds IDs of files to copy to the container.
 * @param expiresAfter Container expiration time in seconds relative to the 'anchor' time.
 * @param skills An optional list of skills referenced by id or inline data.
 * @param memoryLimit Optional memory limit for the container. Defaults to "1g".
 * @param networkPolicy Network access policy for the container.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateContainerBody.Reader.class)
public record CreateContainerBody(@JsonProperty("name") String name,
		@JsonProperty("file_ids") @Nullable List<String> fileIds,
		@JsonProperty("expires_after") CreateContainerBody.@Nullable ExpiresAfter expiresAfter,
		@JsonProperty("skills") @Nullable List<CreateContainerBody.Skill> skills,
		@JsonProperty("memory_limit") CreateContainerBody.@Nullable MemoryLimit memoryLimit,
		@JsonProperty("network_policy") CreateContainerBody.@Nullable NetworkPolicy networkPolicy,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateContainerBody}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param name Name of the container to create.
	 * @param fileIds IDs of files to copy to the container.
	 * @param expiresAfter Container expiration time in seconds relative to the 'anchor'
	 * time.
	 * @param skills An optional list of skills referenced by id or inline data.
	 * @param memoryLimit Optional memory limit for the container.
	 * @param networkPolicy Network access policy for the container.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateContainerBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateContainerBody}.
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
	 * Container expiration time in seconds relative to the 'anchor' time.
	 *
	 * @param anchor Time anchor for the expiration time. Currently only 'last_active_at'
	 * is supported.
	 * @param minutes An integer (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ExpiresAfter.Reader.class)
	public static record ExpiresAfter(@JsonProperty("anchor") String anchor, @JsonProperty("minutes") Long minutes,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ExpiresAfter}, filling in {@code anchor} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param anchor Time anchor for the expiration time.
		 * @param minutes An integer (the API description says no more).
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

			private @Nullable Long minutes;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.anchor = "last_active_at";
			}

			private Builder(ExpiresAfter source) {
				this.anchor = source.anchor();
				this.minutes = source.minutes();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * An integer (the API description says no more).
			 * @param minutes the value (required)
			 * @return this builder
			 */
			public Builder minutes(@Nullable Long minutes) {
				this.minutes = minutes;
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
				return new ExpiresAfter(this.anchor, Objects.requireNonNull(this.minutes, "'minutes' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ExpiresAfter} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ExpiresAfter> {

			Reader() {
				super(ExpiresAfter.class, "anchor", "minutes");
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
				super(ExpiresAfter.class, "anchor", "minutes");
			}

			@Override
			protected @Nullable Object value(ExpiresAfter record, int index) {
				return switch (index) {
					case 0 -> record.anchor();
					case 1 -> record.minutes();
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
	 * An item of a {@link CreateContainerBody}'s {@code skills}.
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
	 * Optional memory limit for the container. Defaults to "1g".
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record MemoryLimit(@JsonValue String value) {
		/**
		 * The value {@code 1g}.
		 */
		public static final MemoryLimit V1G = new MemoryLimit("1g");

		/**
		 * The value {@code 4g}.
		 */
		public static final MemoryLimit V4G = new MemoryLimit("4g");

		/**
		 * The value {@code 16g}.
		 */
		public static final MemoryLimit V16G = new MemoryLimit("16g");

		/**
		 * The value {@code 64g}.
		 */
		public static final MemoryLimit V64G = new MemoryLimit("64g");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public MemoryLimit {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static MemoryLimit of(String value) {
			return switch (value) {
				case "1g" -> V1G;
				case "4g" -> V4G;
				case "16g" -> V16G;
				case "64g" -> V64G;
				default -> new MemoryLimit(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "1g", "4g", "16g", "64g" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
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
	 * Builds a {@link CreateContainerBody}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable List<String> fileIds;

		private @Nullable ExpiresAfter expiresAfter;

		private @Nullable List<Skill> skills;

		private @Nullable MemoryLimit memoryLimit;

		private @Nullable NetworkPolicy networkPolicy;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateContainerBody source) {
			this.name = source.name();
			this.fileIds = (source.fileIds() != null) ? new ArrayList<>(source.fileIds()) : null;
			this.expiresAfter = source.expiresAfter();
			this.skills = (source.skills() != null) ? new ArrayList<>(source.skills()) : null;
			this.memoryLimit = source.memoryLimit();
			this.networkPolicy = source.networkPolicy();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Name of the container to create.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * IDs of files to copy to the container.
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
		 * IDs of files to copy to the container.
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
		 * Container expiration time in seconds relative to the 'anchor' time.
		 * @param expiresAfter the value
		 * @return this builder
		 */
		public Builder expiresAfter(@Nullable ExpiresAfter expiresAfter) {
			this.expiresAfter = expiresAfter;
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
		 * Optional memory limit for the container.
		 * @param memoryLimit the value
		 * @return this builder
		 */
		public Builder memoryLimit(@Nullable MemoryLimit memoryLimit) {
			this.memoryLimit = memoryLimit;
			return this;
		}

		/**
		 * Optional memory limit for the container.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder memoryLimit(String value) {
			return memoryLimit(MemoryLimit.of(value));
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
		public CreateContainerBody build() {
			return new CreateContainerBody(Objects.requireNonNull(this.name, "'name' is required"),
					(this.fileIds != null) ? Collections.unmodifiableList(new ArrayList<>(this.fileIds)) : null,
					this.expiresAfter,
					(this.skills != null) ? Collections.unmodifiableList(new ArrayList<>(this.skills)) : null,
					this.memoryLimit, this.networkPolicy, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateContainerBody} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateContainerBody> {

		Reader() {
			super(CreateContainerBody.class, "name", "file_ids", "expires_after", "skills", "memory_limit",
					"network_policy");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 4 -> MemoryLimit.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateContainerBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateContainerBody((String) values[0], (List<String>) values[1], (ExpiresAfter) values[2],
					(List<Skill>) values[3], (MemoryLimit) values[4], (NetworkPolicy) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateContainerBody} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateContainerBody> {

		Writer() {
			super(CreateContainerBody.class, "name", "file_ids", "expires_after", "skills", "memory_limit",
					"network_policy");
		}

		@Override
		protected @Nullable Object value(CreateContainerBody record, int index) {
			return switch (index) {
				case 0 -> record.name();
				case 1 -> record.fileIds();
				case 2 -> record.expiresAfter();
				case 3 -> record.skills();
				case 4 -> record.memoryLimit();
				case 5 -> record.networkPolicy();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateContainerBody record) {
			return record.additionalProperties();
		}

	}
}
