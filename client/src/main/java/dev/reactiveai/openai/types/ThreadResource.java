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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Represents a ChatKit thread and its current status.
 *
 * @param id Identifier of the thread.
 * @param object Type discriminator that is always {@code chatkit.thread}.
 * @param createdAt Unix timestamp (in seconds) for when the thread was created.
 * @param title Optional human-readable title for the thread. Defaults to null when no
 * title has been generated.
 * @param status Current status for the thread. Defaults to {@code active} for newly
 * created threads.
 * @param user Free-form string that identifies your end user who owns the thread.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ThreadResource.Reader.class)
public record ThreadResource(@JsonProperty("id") String id, @JsonProperty("object") String object,
		@JsonProperty("created_at") Long createdAt, @JsonProperty("title") @Nullable String title,
		@JsonProperty("status") ThreadResource.Status status, @JsonProperty("user") String user,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ThreadResource}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id Identifier of the thread.
	 * @param object Type discriminator that is always {@code chatkit.thread}.
	 * @param createdAt Unix timestamp (in seconds) for when the thread was created.
	 * @param title Optional human-readable title for the thread.
	 * @param status Current status for the thread.
	 * @param user Free-form string that identifies your end user who owns the thread.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ThreadResource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ThreadResource}.
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
	 * Current status for the thread. Defaults to {@code active} for newly created
	 * threads.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Status.Deserializer.class)
	public sealed interface Status permits ActiveStatus, LockedStatus, ClosedStatus, Status.Unknown {

		/**
		 * A {@link Status} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Status, UnknownVariant {
		}

		/**
		 * Reads a {@link Status} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Status> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Status>variants(Unknown::new)
					.discriminator("type")
					.object(ActiveStatus.class,
							VariantShape.declaring("type").requiring("type").values("type", "active"))
					.object(LockedStatus.class,
							VariantShape.declaring("type", "reason")
								.requiring("type", "reason")
								.values("type", "locked"))
					.object(ClosedStatus.class,
							VariantShape.declaring("type", "reason")
								.requiring("type", "reason")
								.values("type", "closed")));
			}

		}

	}

	/**
	 * Builds a {@link ThreadResource}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable String object;

		private @Nullable Long createdAt;

		private @Nullable String title;

		private @Nullable Status status;

		private @Nullable String user;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "chatkit.thread";
		}

		private Builder(ThreadResource source) {
			this.id = source.id();
			this.object = source.object();
			this.createdAt = source.createdAt();
			this.title = source.title();
			this.status = source.status();
			this.user = source.user();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Identifier of the thread.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * Unix timestamp (in seconds) for when the thread was created.
		 * @param createdAt the value (required)
		 * @return this builder
		 */
		public Builder createdAt(@Nullable Long createdAt) {
			this.createdAt = createdAt;
			return this;
		}

		/**
		 * Optional human-readable title for the thread.
		 * @param title the value
		 * @return this builder
		 */
		public Builder title(@Nullable String title) {
			this.title = title;
			return this;
		}

		/**
		 * Current status for the thread.
		 * @param status the value (required)
		 * @return this builder
		 */
		public Builder status(@Nullable Status status) {
			this.status = status;
			return this;
		}

		/**
		 * Free-form string that identifies your end user who owns the thread.
		 * @param user the value (required)
		 * @return this builder
		 */
		public Builder user(@Nullable String user) {
			this.user = user;
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
		public ThreadResource build() {
			return new ThreadResource(Objects.requireNonNull(this.id, "'id' is required"), this.object,
					Objects.requireNonNull(this.createdAt, "'createdAt' is required"), this.title,
					Objects.requireNonNull(this.status, "'status' is required"),
					Objects.requireNonNull(this.user, "'user' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ThreadResource} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ThreadResource> {

		Reader() {
			super(ThreadResource.class, "id", "object", "created_at", "title", "status", "user");
		}

		@Override
		protected ThreadResource create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ThreadResource((String) values[0], (String) values[1], (Long) values[2], (String) values[3],
					(Status) values[4], (String) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ThreadResource} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ThreadResource> {

		Writer() {
			super(ThreadResource.class, "id", "object", "created_at", "title", "status", "user");
		}

		@Override
		protected @Nullable Object value(ThreadResource record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.object();
				case 2 -> record.createdAt();
				case 3 -> record.title();
				case 4 -> record.status();
				case 5 -> record.user();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ThreadResource record) {
			return record.additionalProperties();
		}

	}
}
