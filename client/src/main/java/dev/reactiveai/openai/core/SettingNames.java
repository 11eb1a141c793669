package dev.reactiveai.openai.core;

/**
 * How the messages of a client name its settings, so that a message says what to change
 * in the terms the setting was made in. By default ({@link #OPTIONS}) a setting is named
 * as the option of {@link OpenAiClientOptions}, such as
 * {@code OpenAiClientOptions.readTimeout}; a configuration layer on top names its own
 * properties instead, as the Spring Boot auto-configuration names the property, of all
 * clients or of one named client, that set the value.
 * <p>
 * Only messages use these names: exceptions carry the {@link ClientSetting} itself.
 */
@FunctionalInterface
public interface SettingNames {

	/** Names each setting as the option of {@link OpenAiClientOptions}. */
	SettingNames OPTIONS = (setting) -> "OpenAiClientOptions." + setting.optionName();

	/**
	 * The name of a setting as its reader knows it, such as a configuration property. It
	 * may add where else the value can come from, such as an environment variable.
	 * @param setting the setting
	 * @return its name
	 */
	String nameOf(ClientSetting setting);

}
