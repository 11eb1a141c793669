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
 * The response of {@code GET /models}: Lists the currently available models, and provides
 * basic information about each one such as the owner and availability.
 *
 * @param object Always {@code list}.
 * @param data A list of a {@link dev.reactiveai.openai.types.Model} (the API description
 * says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ListModelsResponse.Reader.class)
public record ListModelsResponse(@JsonProperty("object") String object, @JsonProperty("data") List<Model> data,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ListModelsResponse}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object Always {@code list}.
	 * @param data A list of a {@link dev.reactiveai.openai.types.Model} (the API
	 * description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ListModelsResponse {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ListModelsResponse}.
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
	 * Builds a {@link ListModelsResponse}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable List<Model> data;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "list";
		}

		private Builder(ListModelsResponse source) {
			this.object = source.object();
			this.data = (source.data() != null) ? new ArrayList<>(source.data()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A list of a {@link dev.reactiveai.openai.types.Model} (the API description says
		 * no more).
		 * <p>
		 * Takes a copy of the list.
		 * @param data the value (required)
		 * @return this builder
		 */
		public Builder data(@Nullable List<Model> data) {
			this.data = (data != null) ? new ArrayList<>(data) : null;
			return this;
		}

		/**
		 * A list of a {@link dev.reactiveai.openai.types.Model} (the API description says
		 * no more).
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param data the item to add
		 * @return this builder
		 */
		public Builder addData(Model data) {
			Objects.requireNonNull(data, "'data' must not be null");
			if (this.data == null) {
				this.data = new ArrayList<>();
			}
			this.data.add(data);
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
		public ListModelsResponse build() {
			return new ListModelsResponse(this.object,
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.data, "'data' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ListModelsResponse} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ListModelsResponse> {

		Reader() {
			super(ListModelsResponse.class, "object", "data");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ListModelsResponse create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ListModelsResponse((String) values[0], (List<Model>) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ListModelsResponse} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ListModelsResponse> {

		Writer() {
			super(ListModelsResponse.class, "object", "data");
		}

		@Override
		protected @Nullable Object value(ListModelsResponse record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.data();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ListModelsResponse record) {
			return record.additionalProperties();
		}

	}
}
