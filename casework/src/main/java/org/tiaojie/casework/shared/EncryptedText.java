package org.tiaojie.casework.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/** A text column kept encrypted by {@link DataCipher}; the entity sees the plain value. */
@Component
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private final DataCipher cipher;

    EncryptedText(DataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String plain) {
        return cipher.encrypt(plain);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.decrypt(stored);
    }
}
