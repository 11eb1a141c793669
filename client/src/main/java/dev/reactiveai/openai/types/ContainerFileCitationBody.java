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
 * A citation for a container file used to generate a model response.
 *
 * @param type The type of the container file citation. Always
 * {@code container_file_citation}.
 * @param containerId The ID of the container file.
 * @param fileId The ID of the file.
 * @param startIndex The index of the first character of the container file citation in
 * the message.
 * @param endIndex The index of the last character of the container file citation in the
 * message.
 * @param filename The filename of the container file cited.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ContainerFileCitationBody.Reader.class)
public record ContainerFileCitationBody(@JsonProperty("type") String type,
		@JsonProperty("container_id") String containerId, @JsonProperty("file_id") String fileId,
		@JsonProperty("start_index") Long startIndex, @JsonProperty("end_index") Long endIndex,
		@JsonProperty("filename") String filename,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Annotation {

	/**
	 * Creates a {@link ContainerFileCitationBody}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of the container file citation.
	 * @param containerId The ID of the container file.
	 * @param fileId The ID of the file.
	 * @param startIndex The index of the first character of the container file citation
	 * in the message.
	 * @param endIndex The index of the last character of the container file citation in
	 * the message.
	 * @param filename The filename of the container file cited.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ContainerFileCitationBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ContainerFileCitationBody}.
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
	 * Builds a {@link ContainerFileCitationBody}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String containerId;

		private @Nullable String fileId;

		private @Nullable Long startIndex;

		private @Nullable Long endIndex;

		private @Nullable String filename;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "container_file_citation";
		}

		private Builder(ContainerFileCitationBody source) {
			this.type = source.type();
			this.containerId = source.containerId();
			this.fileId = source.fileId();
			this.startIndex = source.startIndex();
			this.endIndex = source.endIndex();
			this.filename = source.filename();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the container file.
		 * @param containerId the value (required)
		 * @return this builder
		 */
		public Builder containerId(@Nullable String containerId) {
			this.containerId = containerId;
			return this;
		}

		/**
		 * The ID of the file.
		 * @param fileId the value (required)
		 * @return this builder
		 */
		public Builder fileId(@Nullable String fileId) {
			this.fileId = fileId;
			return this;
		}

		/**
		 * The index of the first character of the container file citation in the message.
		 * @param startIndex the value (required)
		 * @return this builder
		 */
		public Builder startIndex(@Nullable Long startIndex) {
			this.startIndex = startIndex;
			return this;
		}

		/**
		 * The index of the last character of the container file citation in the message.
		 * @param endIndex the value (required)
		 * @return this builder
		 */
		public Builder endIndex(@Nullable Long endIndex) {
			this.endIndex = endIndex;
			return this;
		}

		/**
		 * The filename of the container file cited.
		 * @param filename the value (required)
		 * @return this builder
		 */
		public Builder filename(@Nullable String filename) {
			this.filename = filename;
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
		public ContainerFileCitationBody build() {
			return new ContainerFileCitationBody(this.type,
					Objects.requireNonNull(this.containerId, "'containerId' is required"),
					Objects.requireNonNull(this.fileId, "'fileId' is required"),
					Objects.requireNonNull(this.startIndex, "'startIndex' is required"),
					Objects.requireNonNull(this.endIndex, "'endIndex' is required"),
					Objects.requireNonNull(this.filename, "'filename' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ContainerFileCitationBody} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ContainerFileCitationBody> {

		Reader() {
			super(ContainerFileCitationBody.class, "type", "container_id", "file_id", "start_index", "end_index",
					"filename");
		}

		@Override
		protected ContainerFileCitationBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ContainerFileCitationBody((String) values[0], (String) values[1], (String) values[2],
					(Long) values[3], (Long) values[4], (String) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ContainerFileCitationBody} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ContainerFileCitationBody> {

		Writer() {
			super(ContainerFileCitationBody.class, "type", "container_id", "file_id", "start_index", "end_index",
					"filename");
		}

		@Override
		protected @Nullable Object value(ContainerFileCitationBody record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.containerId();
				case 2 -> record.fileId();
				case 3 -> record.startIndex();
				case 4 -> record.endIndex();
				case 5 -> record.filename();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ContainerFileCitationBody record) {
			return record.additionalProperties();
		}

	}
}
