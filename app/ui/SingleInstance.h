#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <map>

class QSocketNotifier;

namespace sipref {

/// Keeps SipRef to one window per user: a second launch hands its arguments
/// to the running instance (over a Unix domain socket in the temporary
/// directory, named by the key, only its owner's) and exits. Plain sockets,
/// not QtNetwork, whose libraries (Kerberos, proxy lookup) would load at every start.
///
/// Use: handOff() first; when it returns true another instance took the
/// arguments and this one is done. Otherwise listen(), and connect
/// argumentsReceived() to what the window should do with them.
///
/// A socket file left behind by an instance that crashed does not block the
/// next start: when nobody answers on it, listen() removes it.
class SingleInstance final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(SingleInstance)

public:
  /// `key` names the socket; the default is per user and per application.
  explicit SingleInstance(const QString &key = defaultKey(), QObject *parent = nullptr);
  ~SingleInstance() override;

  /// Sends `arguments` to a running instance and waits (up to `timeoutMs`)
  /// for it to confirm. False when no instance answered.
  bool handOff(const QStringList &arguments, int timeoutMs = 2000);
  /// Starts answering later launches. False when the socket cannot be
  /// created; errorString() says why (the program then runs on, alone).
  bool listen();
  bool isListening() const;
  QString errorString() const { return m_error; }
  QString key() const { return m_key; }

  static QString defaultKey();

signals:
  /// A later launch's arguments (without the program name); may be empty.
  void argumentsReceived(const QStringList &arguments);

private:
  void close();
  void acceptConnections();
  void readFrom(int fd);
  void drop(int fd);

  struct Client {
    QSocketNotifier *notifier = nullptr;
    QByteArray received;
  };

  QString m_key;
  QString m_error;
  QByteArray m_path;  ///< the socket file
  int m_listener = -1; ///< the listening socket; -1 when not listening
  QSocketNotifier *m_notifier = nullptr;
  std::map<int, Client> m_clients; ///< connected, message not complete yet
};

} // namespace sipref
