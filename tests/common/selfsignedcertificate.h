#pragma once

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <QString>

#include <cstdio>
#include <memory>

// For tests of HTTPS: link OpenSSL::Crypto.
namespace testcert {

// RAII for the OpenSSL handles of the test certificate.
struct KeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct CertFree
{
    void operator()(X509 *c) const { X509_free(c); }
};
struct FileClose
{
    void operator()(FILE *f) const { std::fclose(f); }
};

// A self-signed certificate for 127.0.0.1, valid for a day, written as PEM key and certificate.
inline bool makeSelfSigned(const QString &keyPath, const QString &certPath)
{
    std::unique_ptr<EVP_PKEY, KeyFree> key(EVP_RSA_gen(2048));
    std::unique_ptr<X509, CertFree> cert(X509_new());
    if (!key || !cert)
        return false;
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("127.0.0.1"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert.get(), cert.get(), nullptr, nullptr, 0);
    X509_EXTENSION *san = X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "IP:127.0.0.1");
    if (!san)
        return false;
    X509_add_ext(cert.get(), san, -1);
    X509_EXTENSION_free(san);
    if (!X509_sign(cert.get(), key.get(), EVP_sha256()))
        return false;
    std::unique_ptr<FILE, FileClose> keyFile(std::fopen(keyPath.toLocal8Bit().constData(), "wb"));
    std::unique_ptr<FILE, FileClose> certFile(std::fopen(certPath.toLocal8Bit().constData(), "wb"));
    return keyFile && certFile &&
           PEM_write_PrivateKey(keyFile.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) &&
           PEM_write_X509(certFile.get(), cert.get());
}

} // namespace testcert

using testcert::makeSelfSigned;
