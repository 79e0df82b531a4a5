package dev.earmark.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * Someone who takes part in a show or an episode, as Podcasting 2.0's {@code podcast:person} names them: a role
 * ("host", "guest", …) in a group ("cast", "writing", …) of the podcast taxonomy, an image and a page about them.
 */
@Embeddable
public class Person {

    public static final int NAME_MAX = 128;
    public static final int ROLE_MAX = 64;
    public static final int URL_MAX = 2000;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Size(max = ROLE_MAX)
    @Column(name = "person_role", length = ROLE_MAX)
    private String role;

    @Size(max = ROLE_MAX)
    @Column(name = "person_group", length = ROLE_MAX)
    private String group;

    @Size(max = URL_MAX)
    @Column(name = "image_url", length = URL_MAX)
    private String imageUrl;

    @Size(max = URL_MAX)
    @Column(name = "href", length = URL_MAX)
    private String href;

    protected Person() {
    }

    /** @param role, group, imageUrl, href each null when not given */
    public Person(String name, String role, String group, String imageUrl, String href) {
        this.name = name;
        this.role = role;
        this.group = group;
        this.imageUrl = imageUrl;
        this.href = href;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getGroup() {
        return group;
    }

    public String getImageUrl() {
        return imageUrl;
    }

    public String getHref() {
        return href;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Person person && name.equals(person.name) && Objects.equals(role, person.role)
                && Objects.equals(group, person.group) && Objects.equals(imageUrl, person.imageUrl)
                && Objects.equals(href, person.href);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, role, group, imageUrl, href);
    }
}
