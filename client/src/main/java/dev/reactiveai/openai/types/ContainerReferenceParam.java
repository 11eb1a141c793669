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
 * An object with {@code type} and {@code container_id}.
 *
 * @param type References a container created with the /v1/containers endpoint
 * @param containerId The ID of the referenced container.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ContainerReferenceParam.Reader.class)
public record ContainerReferenceParam(@JsonProperty("type") String type,
		@JsonProperty("container_id") String containerId,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			FunctionShellCallItemParam.Environment,
			FunctionShellToolParam.Environment {

	/**
	 * Creates a {@link ContainerReferenceParam}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type References a container created with the /v1/containers endpoint
	 * @param containerId The ID of the referenced container.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ContainerReferenceParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ContainerReferenceParam}.
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
	 * Builds a {@link ContainerReferenceParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String containerId;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "container_reference";
		}

		private Builder(ContainerReferenceParam source) {
			this.type = source.type();
			this.containerId = source.containerId();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of the referenced container.
		 * @param containerId the value (required)
		 * @return this builder
		 */
		public Builder containerId(@Nullable String containerId) {
			this.containerId = containerId;
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
		public ContainerReferenceParam build() {
			return new ContainerReferenceParam(this.type,
					Objects.requireNonNull(this.containerId, "'containerId' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ContainerReferenceParam} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ContainerReferenceParam> {

		Reader() {
			super(ContainerReferenceParam.class, "type", "container_id");
		}

		@Override
		protected ContainerReferenceParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ContainerReferenceParam((String) values[0], (String) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ContainerReferenceParam} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ContainerReferenceParam> {

		Writer() {
			super(ContainerReferenceParam.class, "type", "container_id");
		}

		@Override
		protected @Nullable Object value(ContainerReferenceParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.containerId();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ContainerReferenceParam record) {
			return record.additionalProperties();
		}

	}
}
