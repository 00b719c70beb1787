#include "SingleInstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>

namespace sipref {

namespace {

// The message: a magic word (so a stray client cannot pass for SipRef), then
// the arguments; the answer is one byte.
constexpr quint32 kMagic = 0x53695266; // "SiRf"
constexpr char kAccepted = 'A';
// Arguments are a few words; anything larger is not from SipRef.
constexpr qint64 kMaxMessage = 64 * 1024;

QByteArray encode(const QStringList &arguments) {
  QByteArray payload;
  QDataStream out(&payload, QIODevice::WriteOnly);
  out.setVersion(QDataStream::Qt_6_0);
  out << kMagic << arguments;
  QByteArray framed;
  QDataStream frame(&framed, QIODevice::WriteOnly);
  frame.setVersion(QDataStream::Qt_6_0);
  frame << quint32(payload.size());
  return framed + payload;
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent) : QObject(parent), m_key(key) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey() {
  // One socket per user: the home directory tells users apart on every
  // platform, and hashing it keeps the name short and free of separators.
  const QByteArray who = QDir::homePath().toUtf8() + '\n' + QCoreApplication::applicationName().toUtf8();
  return QStringLiteral("sipref-") +
         QString::fromLatin1(QCryptographicHash::hash(who, QCryptographicHash::Sha256).toHex().left(16));
}

bool SingleInstance::handOff(const QStringList &arguments, int timeoutMs) {
  QLocalSocket socket;
  socket.connectToServer(m_key);
  if (!socket.waitForConnected(timeoutMs))
    return false; // nobody there, or a stale socket file from a crash
  socket.write(encode(arguments));
  if (!socket.waitForBytesWritten(timeoutMs))
    return false;
  // Wait for the running instance to confirm, so that this one does not exit
  // while the arguments are lost (an instance that is shutting down).
  while (socket.bytesAvailable() < 1) {
    if (!socket.waitForReadyRead(timeoutMs))
      return false;
  }
  char answer = 0;
  return socket.read(&answer, 1) == 1 && answer == kAccepted;
}

bool SingleInstance::listen() {
  if (m_server && m_server->isListening())
    return true;
  delete m_server;
  m_server = new QLocalServer(this);
  // No socket options: with any, Qt binds in a temporary directory and
  // renames the socket over an existing one, so a second instance would take
  // the name from a running one. Without, the socket file is writable (so
  // connectable) by its owner only under the usual umask.
  if (!m_server->listen(m_key)) {
    if (m_server->serverError() != QAbstractSocket::AddressInUseError) {
      m_error = m_server->errorString();
      return false;
    }
    // The name is taken. If an instance answered there, handOff() would have
    // succeeded; so the socket is left over from a crash: remove it.
    QLocalSocket probe;
    probe.connectToServer(m_key);
    if (probe.waitForConnected(500)) {
      m_error = tr("Another instance of SipRef is already running.");
      return false;
    }
    QLocalServer::removeServer(m_key);
    if (!m_server->listen(m_key)) {
      m_error = m_server->errorString();
      return false;
    }
  }
  connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
  m_error.clear();
  return true;
}

bool SingleInstance::isListening() const {
  return m_server && m_server->isListening();
}

void SingleInstance::acceptConnections() {
  while (QLocalSocket *socket = m_server->nextPendingConnection()) {
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    // Read when the whole message is there; a client that never sends it is
    // dropped when it disconnects.
    auto read = [this, socket] {
      if (socket->bytesAvailable() < qint64(sizeof(quint32)))
        return;
      QDataStream in(socket);
      in.setVersion(QDataStream::Qt_6_0);
      quint32 size = 0;
      in.startTransaction();
      in >> size;
      if (size > kMaxMessage) {
        in.abortTransaction();
        socket->abort();
        return;
      }
      if (socket->bytesAvailable() < qint64(size)) {
        in.rollbackTransaction();
        return;
      }
      in.commitTransaction();
      const QByteArray payload = socket->read(size);
      QDataStream message(payload);
      message.setVersion(QDataStream::Qt_6_0);
      quint32 magic = 0;
      QStringList arguments;
      message >> magic >> arguments;
      if (magic != kMagic || message.status() != QDataStream::Ok) {
        socket->abort();
        return;
      }
      socket->write(&kAccepted, 1);
      socket->flush();
      emit argumentsReceived(arguments);
    };
    connect(socket, &QLocalSocket::readyRead, this, read);
    read(); // the bytes may have arrived with the connection
  }
}

} // namespace sipref
