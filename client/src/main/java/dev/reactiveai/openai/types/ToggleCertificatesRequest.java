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
 * The request body of {@code POST /organization/certificates/activate},
 * {@code POST /organization/certificates/deactivate}, {@code POST
 * /organization/projects/{project_id}/certificates/activate} and {@code POST
 * /organization/projects/{project_id}/certificates/deactivate}.
 *
 * @param certificateIds A list of strings (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ToggleCertificatesRequest.Reader.class)
public record ToggleCertificatesRequest(@JsonProperty("certificate_ids") List<String> certificateIds,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ToggleCertificatesRequest}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param certificateIds A list of strings (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ToggleCertificatesRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ToggleCertificatesRequest}.
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
	 * Builds a {@link ToggleCertificatesRequest}.
	 */
	public static final class Builder {

		private @Nullable List<String> certificateIds;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ToggleCertificatesRequest source) {
			this.certificateIds = (source.certificateIds() != null) ? new ArrayList<>(source.certificateIds()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A list of strings (the API description says no more).
		 * <p>
		 * Takes a copy of the list.
		 * @param certificateIds the value (required)
		 * @return this builder
		 */
		public Builder certificateIds(@Nullable List<String> certificateIds) {
			this.certificateIds = (certificateIds != null) ? new ArrayList<>(certificateIds) : null;
			return this;
		}

		/**
		 * A list of strings (the API description says no more).
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param certificateId the item to add
		 * @return this builder
		 */
		public Builder addCertificateId(String certificateId) {
			Objects.requireNonNull(certificateId, "'certificateId' must not be null");
			if (this.certificateIds == null) {
				this.certificateIds = new ArrayList<>();
			}
			this.certificateIds.add(certificateId);
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
		public ToggleCertificatesRequest build() {
			return new ToggleCertificatesRequest(
					Collections.unmodifiableList(new ArrayList<>(
							Objects.requireNonNull(this.certificateIds, "'certificateIds' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ToggleCertificatesRequest} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ToggleCertificatesRequest> {

		Reader() {
			super(ToggleCertificatesRequest.class, "certificate_ids");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ToggleCertificatesRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ToggleCertificatesRequest((List<String>) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ToggleCertificatesRequest} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ToggleCertificatesRequest> {

		Writer() {
			super(ToggleCertificatesRequest.class, "certificate_ids");
		}

		@Override
		protected @Nullable Object value(ToggleCertificatesRequest record, int index) {
			return switch (index) {
				case 0 -> record.certificateIds();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ToggleCertificatesRequest record) {
			return record.additionalProperties();
		}

	}
}
