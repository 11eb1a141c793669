package dev.reactiveai.openai.json.internal;

import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.deser.BeanDeserializerBuilder;
import tools.jackson.databind.deser.SettableAnyProperty;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.module.SimpleModule;

/**
 * Keeps one property of an unexpected shape from costing the whole object: when the API
 * sends an object where its description says a string (or any JSON a property's type
 * cannot read), the record is still read, that component is null, and the property's JSON
 * is kept as it came among the record's additional properties, under its own name, so
 * that it is written back unchanged.
 * <p>
 * It applies to every type read through a constructor that takes the unknown properties
 * ({@code @JsonAnySetter} on a constructor parameter), as the generated models are.
 */
public final class DriftTolerance extends SimpleModule {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the module; {@code OpenAiJson}'s mappers register it.
	 */
	public DriftTolerance() {
		super("OpenAiDriftTolerance");
		setDeserializerModifier(new Modifier());
	}

	private static final class Modifier extends ValueDeserializerModifier {

		private static final long serialVersionUID = 1L;

		@Override
		public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription.Supplier description,
				BeanDeserializerBuilder builder) {
			SettableAnyProperty anySetter = builder.getAnySetter();
			ValueInstantiator instantiator = builder.getValueInstantiator();
			if (anySetter == null || anySetter.getParameterIndex() < 0 || instantiator == null
					|| !instantiator.canCreateFromObjectWith()) {
				return builder;
			}
			SettableBeanProperty[] properties = instantiator.getFromObjectArguments(config).clone();
			for (int i = 0; i < properties.length; i++) {
				SettableBeanProperty property = properties[i];
				if (property.getCreatorIndex() == anySetter.getParameterIndex() || property.hasValueDeserializer()
						|| property.isInjectionOnly()) {
					continue;
				}
				// The same instance in the builder and in the creator's arguments:
				// Jackson
				// resolves the one and keeps the other in step by identity.
				SettableBeanProperty tolerant = property
					.withValueDeserializer(new DriftTolerantDeserializer(property.getType()));
				properties[i] = tolerant;
				if (builder.hasProperty(property.getFullName())) {
					builder.addOrReplaceProperty(tolerant, true);
				}
			}
			builder.setValueInstantiator(
					new DriftTolerantInstantiator(instantiator, properties, anySetter.getParameterIndex()));
			return builder;
		}

	}

}
