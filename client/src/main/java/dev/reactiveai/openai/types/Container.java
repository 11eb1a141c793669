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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The container object
 *
 * @param id Unique identifier for the container.
 * @param object The type of this object.
 * @param name Name of the container.
 * @param createdAt Unix timestamp (in seconds) when the container was created.
 * @param status Status of the container (e.g., active, deleted).
 * @param lastActiveAt Unix timestamp (in seconds) when the container was last active.
 * @param expiresAfter The container will expire after this time period. The anchor is the
 * reference point for the expiration. The minutes is the number of minutes after the
 * anchor before the container expires.
 * @param memoryLimit The memory limit configured for the container.
 * @param networkPolicy Network access policy for the container.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Container.Reader.class)
public record Container(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("name") String name, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("status") String status, @JsonProperty("last_active_at") @Nullable Long lastActiveAt,
		@JsonProperty("expires_after") Container.@Nullable ExpiresAfter expiresAfter,
		@JsonProperty("memory_limit") Container.@Nullable MemoryLimit memoryLimit,
		@JsonProperty("network_policy") Container.@Nullable NetworkPolicy networkPolicy,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Container}; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id Unique identifier for the container.
	 * @param object The type of this object.
	 * @param name Name of the container.
	 * @param createdAt Unix timestamp (in seconds) when the container was created.
	 * @param status Status of the container (e.g., active, deleted).
	 * @param lastActiveAt Unix timestamp (in seconds) when the container was last active.
	 * @param expiresAfter The container will expire after this time period.
	 * @param memoryLimit The memory limit configured for the container.
	 * @param networkPolicy Network access policy for the container.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Container {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Container}.
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
	 * The container will expire after this time period. The anchor is the reference point
	 * for the expiration. The minutes is the number of minutes after the anchor before
	 * the container expires.
	 *
	 * @param anchor The reference point for the expiration.
	 * @param minutes The number of minutes after the anchor before the container expires.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ExpiresAfter.Reader.class)
	public static record ExpiresAfter(@JsonProperty("anchor") @Nullable String anchor,
			@JsonProperty("minutes") @Nullable Long minutes,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link ExpiresAfter}, filling in {@code anchor} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param anchor The reference point for the expiration.
		 * @param minutes The number of minutes after the anchor before the container
		 * expires.
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
			 * The number of minutes after the anchor before the container expires.
			 * @param minutes the value
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
				return new ExpiresAfter(this.anchor, this.minutes, this.additionalProperties);
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
	 * The memory limit configured for the container.
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
	 *
	 * @param type The network policy mode.
	 * @param allowedDomains Allowed outbound domains when {@code type} is
	 * {@code allowlist}.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = NetworkPolicy.Reader.class)
	public static record NetworkPolicy(@JsonProperty("type") NetworkPolicy.Type type,
			@JsonProperty("allowed_domains") @Nullable List<String> allowedDomains,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link NetworkPolicy}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param type The network policy mode.
		 * @param allowedDomains Allowed outbound domains when {@code type} is
		 * {@code allowlist}.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public NetworkPolicy {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link NetworkPolicy}.
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
		 * The network policy mode.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record Type(@JsonValue String value) {
			/**
			 * The value {@code allowlist}.
			 */
			public static final Type ALLOWLIST = new Type("allowlist");

			/**
			 * The value {@code disabled}.
			 */
			public static final Type DISABLED = new Type("disabled");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
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
					case "allowlist" -> ALLOWLIST;
					case "disabled" -> DISABLED;
					default -> new Type(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "allowlist", "disabled" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Builds a {@link NetworkPolicy}.
		 */
		public static final class Builder {

			private @Nullable Type type;

			private @Nullable List<String> allowedDomains;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(NetworkPolicy source) {
				this.type = source.type();
				this.allowedDomains = (source.allowedDomains() != null) ? new ArrayList<>(source.allowedDomains())
						: null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The network policy mode.
			 * @param type the value (required)
			 * @return this builder
			 */
			public Builder type(@Nullable Type type) {
				this.type = type;
				return this;
			}

			/**
			 * The network policy mode.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value (required)
			 * @return this builder
			 */
			public Builder type(String value) {
				return type(Type.of(value));
			}

			/**
			 * Allowed outbound domains when {@code type} is {@code allowlist}.
			 * <p>
			 * Takes a copy of the list.
			 * @param allowedDomains the value
			 * @return this builder
			 */
			public Builder allowedDomains(@Nullable List<String> allowedDomains) {
				this.allowedDomains = (allowedDomains != null) ? new ArrayList<>(allowedDomains) : null;
				return this;
			}

			/**
			 * Allowed outbound domains when {@code type} is {@code allowlist}.
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
			public NetworkPolicy build() {
				return new NetworkPolicy(Objects.requireNonNull(this.type, "'type' is required"),
						(this.allowedDomains != null)
								? Collections.unmodifiableList(new ArrayList<>(this.allowedDomains)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link NetworkPolicy} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<NetworkPolicy> {

			Reader() {
				super(NetworkPolicy.class, "type", "allowed_domains");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 0 -> Type.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			@SuppressWarnings("unchecked")
			protected NetworkPolicy create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new NetworkPolicy((Type) values[0], (List<String>) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link NetworkPolicy} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<NetworkPolicy> {

			Writer() {
				super(NetworkPolicy.class, "type", "allowed_domains");
			}

			@Override
			protected @Nullable Object value(NetworkPolicy record, int index) {
				return switch (index) {
					case 0 -> record.type();
					case 1 -> record.allowedDomains();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(NetworkPolicy record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link Container}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable String name;

		private @Nullable Long createdAt;

		private @Nullable String status;

		private @Nullable Long lastActiveAt;

		private @Nullable ExpiresAfter expiresAfter;

		private @Nullable MemoryLimit memoryLimit;

		private @Nullable NetworkPolicy networkPolicy;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(Container source) {
			this.id = source.id();
			this.object = source.object();
			this.name = source.name();
			this.createdAt = source.createdAt();
			this.status = source.status();
			this.lastActiveAt = source.lastActiveAt();
			this.expiresAfter = source.expiresAfter();
			this.memoryLimit = source.memoryLimit();
			this.networkPolicy = source.networkPolicy();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Unique identifier for the container.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The type of this object.
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * Name of the container.
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * Unix timestamp (in seconds) when the container was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Status of the container (e.g., active, deleted).
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable String status) {
			this.status = status;
			return this;
		}

		/**
		 * Unix timestamp (in seconds) when the container was last active.
		 * @param lastActiveAt the value
		 * @return this builder
		 */
		public Builder lastActiveAt(@Nullable Long lastActiveAt) {
			this.lastActiveAt = lastActiveAt;
			return this;
		}

		/**
		 * The container will expire after this time period.
		 * @param expiresAfter the value
		 * @return this builder
		 */
		public Builder expiresAfter(@Nullable ExpiresAfter expiresAfter) {
			this.expiresAfter = expiresAfter;
			return this;
		}

		/**
		 * The memory limit configured for the container.
		 * @param memoryLimit the value
		 * @return this builder
		 */
		public Builder memoryLimit(@Nullable MemoryLimit memoryLimit) {
			this.memoryLimit = memoryLimit;
			return this;
		}

		/**
		 * The memory limit configured for the container.
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
		public Container build() {
			return new Container(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.object, "'object' is required"),
					Objects.requireNonNull(this.name, "'name' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.status, "'status' is required"), this.lastActiveAt, this.expiresAfter,
					this.memoryLimit, this.networkPolicy, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Container} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Container> {

		Reader() {
			super(Container.class, "id", "object", "name", "created_at", "status", "last_active_at", "expires_after",
					"memory_limit", "network_policy");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 7 -> MemoryLimit.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected Container create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Container((String) values[0], (String) values[1], (String) values[2], (Long) values[3],
					(String) values[4], (Long) values[5], (ExpiresAfter) values[6], (MemoryLimit) values[7],
					(NetworkPolicy) values[8], additionalProperties);
		}

	}

	/**
	 * Writes a {@link Container} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Container> {

		Writer() {
			super(Container.class, "id", "object", "name", "created_at", "status", "last_active_at", "expires_after",
					"memory_limit", "network_policy");
		}

		@Override
		protected @Nullable Object value(Container record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.name();
				case 3 -> record.createdAt();
				case 4 -> record.status();
				case 5 -> record.lastActiveAt();
				case 6 -> record.expiresAfter();
				case 7 -> record.memoryLimit();
				case 8 -> record.networkPolicy();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Container record) {
			return record.additionalProperties();
		}

	}
}
