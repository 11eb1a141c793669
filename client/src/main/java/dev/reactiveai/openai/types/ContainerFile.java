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
 * The container file object
 *
 * @param id Unique identifier for the file.
 * @param object The type of this object ({@code container.file}).
 * @param containerId The container this file belongs to.
 * @param createdAt Unix timestamp (in seconds) when the file was created.
 * @param bytes Size of the file in bytes.
 * @param path Path of the file in the container.
 * @param source Source of the file (e.g., {@code user}, {@code assistant}).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ContainerFile.Reader.class)
public record ContainerFile(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("container_id") String containerId, @JsonProperty("created_at") Long createdAt,
		@JsonProperty("bytes") Long bytes, @JsonProperty("path") String path, @JsonProperty("source") String source,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ContainerFile}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param id Unique identifier for the file.
	 * @param object The type of this object ({@code container.file}).
	 * @param containerId The container this file belongs to.
	 * @param createdAt Unix timestamp (in seconds) when the file was created.
	 * @param bytes Size of the file in bytes.
	 * @param path Path of the file in the container.
	 * @param source Source of the file (e.g., {@code user}, {@code assistant}).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ContainerFile {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ContainerFile}.
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
	 * Builds a {@link ContainerFile}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable String containerId;

		private @Nullable Long createdAt;

		private @Nullable Long bytes;

		private @Nullable String path;

		private @Nullable String source;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ContainerFile source) {
			this.id = source.id();
			this.object = source.object();
			this.containerId = source.containerId();
			this.createdAt = source.createdAt();
			this.bytes = source.bytes();
			this.path = source.path();
			this.source = source.source();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Unique identifier for the file.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The type of this object ({@code container.file}).
		 * @param object the value (required)
		 * @return this builder
		 */
		public Builder object(@Nullable String object) {
			this.object = object;
			return this;
		}

		/**
		 * The container this file belongs to.
		 * @param containerId the value (required)
		 * @return this builder
		 */
		public Builder containerId(@Nullable String containerId) {
			this.containerId = containerId;
			return this;
		}

		/**
		 * Unix timestamp (in seconds) when the file was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Size of the file in bytes.
		 * @param bytes the value (required)
		 * @return this builder
		 */
		public Builder bytes(@Nullable Long bytes) {
			this.bytes = bytes;
			return this;
		}

		/**
		 * Path of the file in the container.
		 * @param path the value (required)
		 * @return this builder
		 */
		public Builder path(@Nullable String path) {
			this.path = path;
			return this;
		}

		/**
		 * Source of the file (e.g., {@code user}, {@code assistant}).
		 * @param source the value (required)
		 * @return this builder
		 */
		public Builder source(@Nullable String source) {
			this.source = source;
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
		public ContainerFile build() {
			return new ContainerFile(Objects.requireNonNull(this.id, "'id' is required"),
					Objects.requireNonNull(this.object, "'object' is required"),
					Objects.requireNonNull(this.containerId, "'containerId' is required"),
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"),
					Objects.requireNonNull(this.bytes, "'bytes' is required"),
					Objects.requireNonNull(this.path, "'path' is required"),
					Objects.requireNonNull(this.source, "'source' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ContainerFile} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ContainerFile> {

		Reader() {
			super(ContainerFile.class, "id", "object", "container_id", "created_at", "bytes", "path", "source");
		}

		@Override
		protected ContainerFile create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ContainerFile((String) values[0], (String) values[1], (String) values[2], (Long) values[3],
					(Long) values[4], (String) values[5], (String) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ContainerFile} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ContainerFile> {

		Writer() {
			super(ContainerFile.class, "id", "object", "container_id", "created_at", "bytes", "path", "source");
		}

		@Override
		protected @Nullable Object value(ContainerFile record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.containerId();
				case 3 -> record.createdAt();
				case 4 -> record.bytes();
				case 5 -> record.path();
				case 6 -> record.source();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ContainerFile record) {
			return record.additionalProperties();
		}

	}
}
