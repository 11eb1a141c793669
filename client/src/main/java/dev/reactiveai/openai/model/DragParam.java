// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A drag action.
 *
 * @param type Specifies the event type.
 * @param path An array of coordinates representing the path of the drag action.
 * @param keys the {@code keys} property
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record DragParam(@JsonProperty("type") String type, @JsonProperty("path") List<CoordParam> path,
		@JsonProperty("keys") @Nullable List<String> keys,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements ComputerAction {

	public DragParam {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link DragParam}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Builds a {@link DragParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable List<CoordParam> path;

		private @Nullable List<String> keys;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "drag";
		}

		private Builder(DragParam source) {
			this.type = source.type();
			this.path = source.path();
			this.keys = source.keys();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code type}: Specifies the event type. For a drag action, this property is
		 * always set to `drag`.
		 * @param type the value (required)
		 * @return this builder
		 */
		public Builder type(@Nullable String type) {
			this.type = type;
			return this;
		}

		/**
		 * Set {@code path}: An array of coordinates representing the path of the drag
		 * action. Coordinates will appear as an array of objects, eg ``` [ { x: 100, y:
		 * 200 }, { x: 200, y: 300 } ] ```
		 * @param path the value (required)
		 * @return this builder
		 */
		public Builder path(@Nullable List<CoordParam> path) {
			this.path = path;
			return this;
		}

		/**
		 * Set {@code keys}.
		 * @param keys the value
		 * @return this builder
		 */
		public Builder keys(@Nullable List<String> keys) {
			this.keys = keys;
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
		public DragParam build() {
			return new DragParam(this.type, Objects.requireNonNull(this.path, "'path' is required"), this.keys,
					this.additionalProperties);
		}

	}
}
