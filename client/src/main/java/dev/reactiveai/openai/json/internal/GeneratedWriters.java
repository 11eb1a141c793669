package dev.reactiveai.openai.json.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.Serializers;

/**
 * Writes the generated records with their generated {@code Writer}s
 * ({@link RecordSerializer}) in the mappers that register it: {@code OpenAiJson}'s. Any
 * other mapper, an application's among them, writes the records with Jackson's bean
 * serializer, whatever its settings.
 * <p>
 * A mapper whose default inclusion a {@code Writer} does not write the same way
 * ({@code NON_EMPTY}, {@code NON_DEFAULT}, {@code CUSTOM}) keeps Jackson's bean
 * serializer too, so that the module never changes what a mapper writes.
 */
public final class GeneratedWriters extends SimpleModule {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the module; {@code OpenAiJson}'s mapper registers it.
	 */
	public GeneratedWriters() {
		super("OpenAiGeneratedWriters");
	}

	@Override
	public void setupModule(SetupContext context) {
		super.setupModule(context);
		context.addSerializers(new Finder());
	}

	private static final class Finder implements Serializers {

		/** The {@code Writer} nested in each generated record, or none. */
		private static final ClassValue<@Nullable Class<?>> WRITERS = new ClassValue<>() {

			@Override
			protected @Nullable Class<?> computeValue(Class<?> type) {
				if (!type.isRecord()) {
					return null;
				}
				for (Class<?> nested : type.getDeclaredClasses()) {
					if (nested.getSimpleName().equals("Writer") && RecordSerializer.class.isAssignableFrom(nested)) {
						return nested;
					}
				}
				return null;
			}

		};

		@Override
		public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
				BeanDescription.Supplier description, JsonFormat.Value formatOverrides) {
			Class<?> writer = WRITERS.get(type.getRawClass());
			if (writer == null || !writesLikeJackson(config, type.getRawClass())) {
				return null;
			}
			try {
				var constructor = writer.getDeclaredConstructor();
				constructor.setAccessible(true);
				return (ValueSerializer<?>) constructor.newInstance();
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Cannot create " + writer.getName() + ": regenerate the models", ex);
			}
		}

		/** Nulls left out or all written: the inclusions a {@code Writer} matches. */
		private static boolean writesLikeJackson(SerializationConfig config, Class<?> type) {
			JsonInclude.Include inclusion = config.getDefaultPropertyInclusion(type).getValueInclusion();
			return switch (inclusion) {
				case NON_NULL, NON_ABSENT, ALWAYS, USE_DEFAULTS -> true;
				default -> false;
			};
		}

	}

}
