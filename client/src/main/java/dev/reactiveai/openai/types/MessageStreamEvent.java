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
 * A value in one of the forms {@code object}, {@code object}, {@code object},
 * {@code object} or {@code object}.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = MessageStreamEvent.Deserializer.class)
public sealed interface MessageStreamEvent extends AssistantStreamEvent
		permits MessageStreamEvent.ThreadMessageCreated, MessageStreamEvent.ThreadMessageInProgress,
		MessageStreamEvent.ThreadMessageDelta, MessageStreamEvent.ThreadMessageCompleted,
		MessageStreamEvent.ThreadMessageIncomplete, MessageStreamEvent.Unknown {

	/**
	 * Occurs when a <a href=
	 * "https://platform.openai.com/docs/api-reference/messages/object">message</a> is
	 * created.
	 *
	 * @param event Always {@code thread.message.created}.
	 * @param data Represents a message within a
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadMessageCreated.Reader.class)
	record ThreadMessageCreated(@JsonProperty("event") String event, @JsonProperty("data") MessageObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements MessageStreamEvent {

		/**
		 * Creates a {@link ThreadMessageCreated}, filling in {@code event} with its
		 * single possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.message.created}.
		 * @param data Represents a message within a
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadMessageCreated {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadMessageCreated}.
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
		 * Builds a {@link ThreadMessageCreated}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable MessageObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.message.created";
			}

			private Builder(ThreadMessageCreated source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents a message within a <a href=
			 * "https://platform.openai.com/docs/api-reference/threads">thread</a>.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable MessageObject data) {
				this.data = data;
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
			public ThreadMessageCreated build() {
				return new ThreadMessageCreated(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadMessageCreated} from the parser's tokens; Jackson creates
		 * it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadMessageCreated> {

			Reader() {
				super(ThreadMessageCreated.class, "event", "data");
			}

			@Override
			protected ThreadMessageCreated create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadMessageCreated((String) values[0], (MessageObject) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadMessageCreated} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadMessageCreated> {

			Writer() {
				super(ThreadMessageCreated.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadMessageCreated record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadMessageCreated record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a <a href=
	 * "https://platform.openai.com/docs/api-reference/messages/object">message</a> moves
	 * to an {@code in_progress} state.
	 *
	 * @param event Always {@code thread.message.in_progress}.
	 * @param data Represents a message within a
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadMessageInProgress.Reader.class)
	record ThreadMessageInProgress(@JsonProperty("event") String event, @JsonProperty("data") MessageObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements MessageStreamEvent {

		/**
		 * Creates a {@link ThreadMessageInProgress}, filling in {@code event} with its
		 * single possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.message.in_progress}.
		 * @param data Represents a message within a
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadMessageInProgress {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadMessageInProgress}.
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
		 * Builds a {@link ThreadMessageInProgress}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable MessageObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.message.in_progress";
			}

			private Builder(ThreadMessageInProgress source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents a message within a <a href=
			 * "https://platform.openai.com/docs/api-reference/threads">thread</a>.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable MessageObject data) {
				this.data = data;
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
			public ThreadMessageInProgress build() {
				return new ThreadMessageInProgress(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadMessageInProgress} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadMessageInProgress> {

			Reader() {
				super(ThreadMessageInProgress.class, "event", "data");
			}

			@Override
			protected ThreadMessageInProgress create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadMessageInProgress((String) values[0], (MessageObject) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadMessageInProgress} without reflection; the client's
		 * mapper finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadMessageInProgress> {

			Writer() {
				super(ThreadMessageInProgress.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadMessageInProgress record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadMessageInProgress record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when parts of a <a href=
	 * "https://platform.openai.com/docs/api-reference/messages/object">Message</a> are
	 * being streamed.
	 *
	 * @param event Always {@code thread.message.delta}.
	 * @param data Represents a message delta i.e. any changed fields on a message during
	 * streaming.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadMessageDelta.Reader.class)
	record ThreadMessageDelta(@JsonProperty("event") String event, @JsonProperty("data") MessageDelta data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements MessageStreamEvent {

		/**
		 * Creates a {@link ThreadMessageDelta}, filling in {@code event} with its single
		 * possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.message.delta}.
		 * @param data Represents a message delta i.e. any changed fields on a message
		 * during streaming.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadMessageDelta {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadMessageDelta}.
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
		 * Builds a {@link ThreadMessageDelta}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable MessageDelta data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.message.delta";
			}

			private Builder(ThreadMessageDelta source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents a message delta i.e. any changed fields on a message during
			 * streaming.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable MessageDelta data) {
				this.data = data;
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
			public ThreadMessageDelta build() {
				return new ThreadMessageDelta(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadMessageDelta} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadMessageDelta> {

			Reader() {
				super(ThreadMessageDelta.class, "event", "data");
			}

			@Override
			protected ThreadMessageDelta create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadMessageDelta((String) values[0], (MessageDelta) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadMessageDelta} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadMessageDelta> {

			Writer() {
				super(ThreadMessageDelta.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadMessageDelta record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadMessageDelta record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a <a href=
	 * "https://platform.openai.com/docs/api-reference/messages/object">message</a> is
	 * completed.
	 *
	 * @param event Always {@code thread.message.completed}.
	 * @param data Represents a message within a
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadMessageCompleted.Reader.class)
	record ThreadMessageCompleted(@JsonProperty("event") String event, @JsonProperty("data") MessageObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements MessageStreamEvent {

		/**
		 * Creates a {@link ThreadMessageCompleted}, filling in {@code event} with its
		 * single possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.message.completed}.
		 * @param data Represents a message within a
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadMessageCompleted {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadMessageCompleted}.
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
		 * Builds a {@link ThreadMessageCompleted}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable MessageObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.message.completed";
			}

			private Builder(ThreadMessageCompleted source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents a message within a <a href=
			 * "https://platform.openai.com/docs/api-reference/threads">thread</a>.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable MessageObject data) {
				this.data = data;
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
			public ThreadMessageCompleted build() {
				return new ThreadMessageCompleted(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadMessageCompleted} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadMessageCompleted> {

			Reader() {
				super(ThreadMessageCompleted.class, "event", "data");
			}

			@Override
			protected ThreadMessageCompleted create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadMessageCompleted((String) values[0], (MessageObject) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadMessageCompleted} without reflection; the client's mapper
		 * finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadMessageCompleted> {

			Writer() {
				super(ThreadMessageCompleted.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadMessageCompleted record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadMessageCompleted record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Occurs when a <a href=
	 * "https://platform.openai.com/docs/api-reference/messages/object">message</a> ends
	 * before it is completed.
	 *
	 * @param event Always {@code thread.message.incomplete}.
	 * @param data Represents a message within a
	 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = ThreadMessageIncomplete.Reader.class)
	record ThreadMessageIncomplete(@JsonProperty("event") String event, @JsonProperty("data") MessageObject data,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements MessageStreamEvent {

		/**
		 * Creates a {@link ThreadMessageIncomplete}, filling in {@code event} with its
		 * single possible value when absent; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param event Always {@code thread.message.incomplete}.
		 * @param data Represents a message within a
		 * <a href="https://platform.openai.com/docs/api-reference/threads">thread</a>.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public ThreadMessageIncomplete {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link ThreadMessageIncomplete}.
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
		 * Builds a {@link ThreadMessageIncomplete}.
		 */
		public static final class Builder {

			private @Nullable String event;

			private @Nullable MessageObject data;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
				this.event = "thread.message.incomplete";
			}

			private Builder(ThreadMessageIncomplete source) {
				this.event = source.event();
				this.data = source.data();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Represents a message within a <a href=
			 * "https://platform.openai.com/docs/api-reference/threads">thread</a>.
			 * @param data the value (required)
			 * @return this builder
			 */
			public Builder data(@Nullable MessageObject data) {
				this.data = data;
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
			public ThreadMessageIncomplete build() {
				return new ThreadMessageIncomplete(this.event, Objects.requireNonNull(this.data, "'data' is required"),
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link ThreadMessageIncomplete} from the parser's tokens; Jackson
		 * creates it from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<ThreadMessageIncomplete> {

			Reader() {
				super(ThreadMessageIncomplete.class, "event", "data");
			}

			@Override
			protected ThreadMessageIncomplete create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new ThreadMessageIncomplete((String) values[0], (MessageObject) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link ThreadMessageIncomplete} without reflection; the client's
		 * mapper finds it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<ThreadMessageIncomplete> {

			Writer() {
				super(ThreadMessageIncomplete.class, "event", "data");
			}

			@Override
			protected @Nullable Object value(ThreadMessageIncomplete record, int index) {
				return switch (index) {
					case 0 -> record.event();
					case 1 -> record.data();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(ThreadMessageIncomplete record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * A {@link MessageStreamEvent} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements MessageStreamEvent, UnknownVariant {
	}

	/**
	 * Reads a {@link MessageStreamEvent} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<MessageStreamEvent> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<MessageStreamEvent>variants(Unknown::new)
				.discriminator("event")
				.object(ThreadMessageCreated.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.message.created"))
				.object(ThreadMessageInProgress.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.message.in_progress"))
				.object(ThreadMessageDelta.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.message.delta"))
				.object(ThreadMessageCompleted.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.message.completed"))
				.object(ThreadMessageIncomplete.class,
						VariantShape.declaring("event", "data")
							.requiring("event", "data")
							.values("event", "thread.message.incomplete")));
		}

	}

}
