package io.theneo.emulator.sandbox;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class SecretMaskerTest {

	private final SecretMasker masker = new SecretMasker(JsonMapper.builder().build());

	@Test
	void masksSecretFieldsAtAnyDepthAndLeavesTheRest() {
		String masked = this.masker.body("{\"client_id\":\"c\",\"client_secret\":\"s3cr3t\",\"a\":[{\"b\":{\"access_token\":"
				+ "\"t0k\",\"refresh_token\":\"r\",\"password\":\"p\"}}],\"card\":{\"card_number\":\"4111-1111-1111-1111\","
				+ "\"cvv\":\"123\",\"last_4\":\"1111\"}}");
		assertThat(masked).isEqualTo("{\"client_id\":\"c\",\"client_secret\":\"***\",\"a\":[{\"b\":{\"access_token\":"
				+ "\"***\",\"refresh_token\":\"***\",\"password\":\"***\"}}],\"card\":{\"card_number\":\"***\","
				+ "\"cvv\":\"***\",\"last_4\":\"1111\"}}");
	}

	@Test
	void masksASourceIdOnlyWhenItIsACardNumber() {
		assertThat(this.masker.body("{\"source_id\":\"4000 0000 0000 0002\"}")).isEqualTo("{\"source_id\":\"***\"}");
		assertThat(this.masker.body("{\"source_id\":\"cnon:card-nonce-ok\"}")).isEqualTo("{\"source_id\":\"cnon:card-nonce-ok\"}");
		assertThat(this.masker.body("{\"source_id\":\"ccof:GaJGNaZa8x4OgDJn4GB\"}")).contains("ccof:");
	}

	@Test
	void leavesABodyWithoutSecretsByteForByte() {
		String body = "{ \"given_name\" : \"Amelia\",\n  \"note\": \"cvv is not a field here\" }";
		assertThat(this.masker.body(body)).isSameAs(body);
	}

	@Test
	void masksBodiesThatAreNotValidJsonByPattern() {
		String cut = "{\"client_secret\": \"sk_live_1\", \"card_number\": 4111111111111111, \"padding\": \"xxxx… (cut";
		assertThat(this.masker.body(cut)).doesNotContain("sk_live_1", "4111111111111111")
			.startsWith("{\"client_secret\": \"***\", \"card_number\": \"***\"");
		assertThat(this.masker.body("grant_type=client_credentials&client_secret=abc&scope=X"))
			.isEqualTo("grant_type=client_credentials&client_secret=***&scope=X");
		assertThat(this.masker.body("{\"source_id\": \"4111111111111111\", \"x\": ")).doesNotContain("4111111111111111");
	}

	@Test
	void masksQueriesAndCredentialHeaders() {
		assertThat(this.masker.query("limit=5&access_token=abc&cursor=x")).isEqualTo("limit=5&access_token=***&cursor=x");
		assertThat(this.masker.query(null)).isNull();
		assertThat(this.masker.headers(Map.of("authorization", "Bearer x", "Cookie", "s=1", "Accept", "*/*")))
			.containsEntry("authorization", "***")
			.containsEntry("Cookie", "***")
			.containsEntry("Accept", "*/*");
	}

	@ParameterizedTest
	@ValueSource(strings = { "4111111111111111", "4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005",
			"6011000990139424000" })
	void recognisesCardNumbers(String number) {
		assertThat(SecretMasker.isCardNumber(number)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "12345", "cnon:card-nonce-ok", "41111111111111111111", "4111x1111111111111" })
	void recognisesWhatIsNotACardNumber(String value) {
		assertThat(SecretMasker.isCardNumber(value)).isFalse();
	}

}
