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
 * The request body of {@code POST /uploads/{upload_id}/complete}: Completes the
 * <a href="https://platform.openai.com/docs/api-reference/uploads/object">Upload</a>.
 *
 * @param partIds The ordered list of Part IDs.
 * @param md5 The optional md5 checksum for the file contents to verify if the bytes
 * uploaded matches what you expect.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CompleteUploadRequest.Reader.class)
public record CompleteUploadRequest(@JsonProperty("part_ids") List<String> partIds,
		@JsonProperty("md5") @Nullable String md5,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CompleteUploadRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param partIds The ordered list of Part IDs.
	 * @param md5 The optional md5 checksum for the file contents to verify if the bytes
	 * uploaded matches what you expect.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CompleteUploadRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CompleteUploadRequest}.
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
	 * Builds a {@link CompleteUploadRequest}.
	 */
	public static final class Builder {

		private @Nullable List<String> partIds;

		private @Nullable String md5;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CompleteUploadRequest source) {
			this.partIds = (source.partIds() != null) ? new ArrayList<>(source.partIds()) : null;
			this.md5 = source.md5();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ordered list of Part IDs.
		 * <p>
		 * Takes a copy of the list.
		 * @param partIds the value (required)
		 * @return this builder
		 */
		public Builder partIds(@Nullable List<String> partIds) {
			this.partIds = (partIds != null) ? new ArrayList<>(partIds) : null;
			return this;
		}

		/**
		 * The ordered list of Part IDs.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param partId the item to add
		 * @return this builder
		 */
		public Builder addPartId(String partId) {
			Objects.requireNonNull(partId, "'partId' must not be null");
			if (this.partIds == null) {
				this.partIds = new ArrayList<>();
			}
			this.partIds.add(partId);
			return this;
		}

		/**
		 * The optional md5 checksum for the file contents to verify if the bytes uploaded
		 * matches what you expect.
		 * @param md5 the value
		 * @return this builder
		 */
		public Builder md5(@Nullable String md5) {
			this.md5 = md5;
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
		public CompleteUploadRequest build() {
			return new CompleteUploadRequest(
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.partIds, "'partIds' is required"))),
					this.md5, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CompleteUploadRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CompleteUploadRequest> {

		Reader() {
			super(CompleteUploadRequest.class, "part_ids", "md5");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CompleteUploadRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CompleteUploadRequest((List<String>) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CompleteUploadRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CompleteUploadRequest> {

		Writer() {
			super(CompleteUploadRequest.class, "part_ids", "md5");
		}

		@Override
		protected @Nullable Object value(CompleteUploadRequest record, int index) {
			return switch (index) {
				case 0 -> record.partIds();
				case 1 -> record.md5();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CompleteUploadRequest record) {
			return record.additionalProperties();
		}

	}
}
