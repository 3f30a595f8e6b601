package vn.phoihop.account.user;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.phoihop.account.Clearance;
import vn.phoihop.account.Role;

/** The commands that change user accounts; forms bind to these, never to the entity. */
public final class UserCommands {

    private UserCommands() {
    }

    /** Create an account. */
    public record CreateUser(
            @NotBlank(message = "{user.username.required}")
            @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "{user.username.pattern}") String username,
            @NotBlank(message = "{user.fullName.required}") @Size(max = 200, message = "{user.fullName.size}") String fullName,
            @Email(message = "{user.email.invalid}") @Size(max = 200, message = "{user.email.invalid}") String email,
            @NotNull(message = "{user.organization.required}") Long organizationId,
            @NotEmpty(message = "{user.roles.required}") Set<Role> roles,
            @NotNull(message = "{user.clearance.required}") Clearance clearance,
            @NotNull(message = "{password.required}")
            @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{password.length}") String password) {
    }

    /** Change an account's details; {@code version} is the version the editor started from. */
    public record UpdateUser(
            @NotBlank(message = "{user.fullName.required}") @Size(max = 200, message = "{user.fullName.size}") String fullName,
            @Email(message = "{user.email.invalid}") @Size(max = 200, message = "{user.email.invalid}") String email,
            @NotNull(message = "{user.organization.required}") Long organizationId,
            @NotEmpty(message = "{user.roles.required}") Set<Role> roles,
            @NotNull(message = "{user.clearance.required}") Clearance clearance,
            @NotNull Long version) {
    }

    /** Set a new password for an account. */
    public record ResetPassword(
            @NotNull(message = "{password.required}")
            @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{password.length}") String password) {
    }
}
