package vn.phoihop.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The language switch only ever redirects to a path on this site. */
class PreferencesControllerTests {

    @Test
    void onlyLocalPathsAreFollowed() {
        assertThat(PreferencesController.safeLocalPath("/admin/users?q=a")).isEqualTo("/admin/users?q=a");
        assertThat(PreferencesController.safeLocalPath("//evil.example/x")).isEqualTo("/");
        assertThat(PreferencesController.safeLocalPath("https://evil.example")).isEqualTo("/");
        assertThat(PreferencesController.safeLocalPath("/\\evil.example")).isEqualTo("/");
        assertThat(PreferencesController.safeLocalPath(null)).isEqualTo("/");
    }
}
