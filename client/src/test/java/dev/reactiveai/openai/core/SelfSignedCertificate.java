package dev.reactiveai.openai.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A self-signed certificate for {@code 127.0.0.1} and {@code localhost}, made with the
 * JDK's keytool for each run, for loopback TLS servers: the key managers a server
 * presents it with, and the PEM file a client trusts.
 *
 * @param keyManagers the server's key managers
 * @param certificate the certificate, PEM encoded
 */
public record SelfSignedCertificate(KeyManagerFactory keyManagers, Path certificate) {

	private static final String PASSWORD = "loopback";

	/**
	 * Make a certificate and its key.
	 * @param directory where to write the key store and the certificate
	 * @return the certificate
	 * @throws IOException if keytool cannot run or its files cannot be read
	 * @throws InterruptedException if interrupted while keytool runs
	 * @throws GeneralSecurityException if the key store cannot be read
	 */
	public static SelfSignedCertificate create(Path directory)
			throws IOException, InterruptedException, GeneralSecurityException {
		Path keyStore = directory.resolve("server.p12");
		Path certificate = directory.resolve("server.pem");
		keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
				"-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12", "-keystore",
				keyStore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
		keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keyStore.toString(), "-storepass", PASSWORD,
				"-file", certificate.toString());
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream input = Files.newInputStream(keyStore)) {
			store.load(input, PASSWORD.toCharArray());
		}
		KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		keyManagers.init(store, PASSWORD.toCharArray());
		return new SelfSignedCertificate(keyManagers, certificate);
	}

	private static void keytool(String... arguments) throws IOException, InterruptedException {
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		List<String> command = new ArrayList<>(List.of(keytool.toString()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("keytool finished").isTrue();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as("keytool " + arguments[0] + ": " + output).isZero();
	}

}
