package dev.reactiveai.openai.json.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.bean.PropertyValueBuffer;

/**
 * Creates a record whose properties are read by {@link DriftTolerantDeserializer}: a
 * property handed over as {@link Drifted} becomes null in its component and is kept, as
 * it came, in the map of unknown properties under its JSON name.
 */
final class DriftTolerantInstantiator extends ValueInstantiator.Delegating {

	private static final long serialVersionUID = 1L;

	private final SettableBeanProperty[] properties;

	private final int unknownPropertiesIndex;

	/**
	 * @param delegate the instantiator Jackson made for the record
	 * @param properties the constructor's properties, read with drift tolerance; Jackson
	 * resolves them in place, as it does the delegate's own
	 * @param unknownPropertiesIndex the constructor parameter that takes the unknown
	 * properties
	 */
	DriftTolerantInstantiator(ValueInstantiator delegate, SettableBeanProperty[] properties,
			int unknownPropertiesIndex) {
		super(delegate);
		this.properties = properties;
		this.unknownPropertiesIndex = unknownPropertiesIndex;
	}

	@Override
	public ValueInstantiator createContextual(DeserializationContext context, BeanDescription.Supplier description) {
		ValueInstantiator contextual = delegate().createContextual(context, description);
		return (contextual == delegate()) ? this
				: new DriftTolerantInstantiator(contextual, this.properties, this.unknownPropertiesIndex);
	}

	@Override
	public SettableBeanProperty[] getFromObjectArguments(DeserializationConfig config) {
		return this.properties;
	}

	@Override
	public Object createFromObjectWith(DeserializationContext context, SettableBeanProperty[] properties,
			PropertyValueBuffer buffer) throws JacksonException {
		Object[] arguments = buffer.getParameters(context, properties);
		Map<String, Object> unknownProperties = null;
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i] instanceof Drifted drifted) {
				if (unknownProperties == null) {
					unknownProperties = unknownProperties(arguments);
				}
				unknownProperties.put(properties[i].getName(), drifted.json());
				arguments[i] = null;
			}
		}
		return delegate().createFromObjectWith(context, arguments);
	}

	private Map<String, Object> unknownProperties(Object[] arguments) {
		Map<String, Object> unknownProperties = new LinkedHashMap<>();
		if (arguments[this.unknownPropertiesIndex] instanceof Map<?, ?> read) {
			read.forEach((name, value) -> unknownProperties.put(String.valueOf(name), value));
		}
		arguments[this.unknownPropertiesIndex] = unknownProperties;
		return unknownProperties;
	}

}
