package vn.phoihop.account.rest;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.phoihop.account.security.ApiTokens;
import vn.phoihop.account.security.ApiTokens.IssuedToken;
import vn.phoihop.account.CurrentUser;
import vn.phoihop.account.security.LoginDetails;
import vn.phoihop.account.security.LoginRefusedException;
import vn.phoihop.platform.Texts;

/** Exchanges a username and password (and a one-time code when enabled) for a bearer token. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Xác thực / Authentication")
class AuthApiController {

    private final AuthenticationManager authentication;
    private final ApiTokens tokens;
    private final MessageSource messages;

    AuthApiController(AuthenticationManager authentication, ApiTokens tokens, MessageSource messages) {
        this.authentication = authentication;
        this.tokens = tokens;
        this.messages = messages;
    }

    @PostMapping("/token")
    @Operation(summary = "Cấp mã truy cập (bearer token) / Issue a bearer token")
    ResponseEntity<?> token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(Texts.nfc(request.username()),
                Texts.nfc(request.password()));
        attempt.setDetails(new LoginDetails(http.getRemoteAddr(), request.code()));
        Authentication result;
        try {
            result = authentication.authenticate(attempt);
        }
        catch (LoginRefusedException ex) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    messages.getMessage(ex.messageKey(), ex.arguments(), LocaleContextHolder.getLocale()));
            problem.setTitle(messages.getMessage("error.title.401", null, LocaleContextHolder.getLocale()));
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
        }
        IssuedToken issued = tokens.issue((CurrentUser) result.getPrincipal());
        return ResponseEntity.ok(new TokenResponse(issued.accessToken(), "Bearer", issued.expiresAt()));
    }

    /** Sign-in data; texts are normalised to NFC before use. */
    record TokenRequest(@NotBlank(message = "{login.username.required}") @Size(max = 64) String username,
            @NotBlank(message = "{password.required}") @Size(max = 128, message = "{password.length}") String password,
            @Size(max = 10) String code) {
    }

    record TokenResponse(String accessToken, String tokenType, Instant expiresAt) {
    }
}
