<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CallFlowWriter</name>
    <message>
        <source>INVITE retransmitted, no response</source>
        <translation>INVITE が再送され、応答なし</translation>
    </message>
    <message>
        <source>200 OK never acknowledged</source>
        <translation>200 OK に ACK が返らない</translation>
    </message>
    <message>
        <source>Credentials refused again and again</source>
        <translation>認証情報が繰り返し拒否された</translation>
    </message>
    <message>
        <source>CANCEL crossed the 200 OK</source>
        <translation>CANCEL と 200 OK が行き違った</translation>
    </message>
    <message>
        <source>Request timed out</source>
        <translation>リクエストがタイムアウトした</translation>
    </message>
    <message>
        <source>No answer after ringing</source>
        <translation>呼出し後に応答なし</translation>
    </message>
    <message>
        <source>re-INVITE glare</source>
        <translation>re-INVITE の衝突（グレア）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>post-dial delay %1</source>
        <translation>ポストダイヤル遅延 %1</translation>
    </message>
    <message>
        <source>ringing %1</source>
        <translation>呼出し %1</translation>
    </message>
    <message>
        <source>final response after %1</source>
        <translation>最終応答まで %1</translation>
    </message>
    <message>
        <source>talk time %1 (200 OK to BYE)</source>
        <translation>通話時間 %1（200 OK から BYE まで）</translation>
    </message>
    <message>
        <source>%1 was sent by %2.</source>
        <translation>%1 の送信元は %2 です。</translation>
    </message>
    <message>
        <source>Its Reason header: %1.</source>
        <translation>Reason ヘッダ: %1。</translation>
    </message>
    <message>
        <source>Its Warning header: %1.</source>
        <translation>Warning ヘッダ: %1。</translation>
    </message>
    <message>
        <source>%1 gives the cause: %2.</source>
        <translation>%1 が理由を示しています: %2。</translation>
    </message>
    <message>
        <source>The INVITE was sent again and again and nothing came back: the request may never have arrived, or the responses found no way back.</source>
        <translation>INVITE が何度も再送されたのに、何も返ってきていません。リクエストが相手に届いていないか、応答が戻る経路がない可能性があります。</translation>
    </message>
    <message>
        <source>Check that responses can reach the caller: NAT and firewall rules for the signalling port, the address and port in the top Via (rport, received), and whether the far end is reachable at all.</source>
        <translation>応答が発信側に届くか確認してください。シグナリングポートに対する NAT とファイアウォールの設定、先頭 Via のアドレスとポート（rport、received）、そもそも相手に到達できるかどうか。</translation>
    </message>
    <message>
        <source>The 200 OK was never acknowledged: the answering side repeated it and gave up after about 32 seconds (64 × T1), usually ending the call with BYE.</source>
        <translation>200 OK に対する ACK が一度も届いていません。着信側は 200 OK を再送し続け、約 32 秒（64 × T1）で諦めて、多くの場合 BYE で呼を切ります。</translation>
    </message>
    <message>
        <source>Check the path of the ACK: the Contact and Record-Route of the 200 OK must be reachable from the caller (private addresses behind NAT, a proxy that did not record-route, TCP/TLS connections that closed).</source>
        <translation>ACK の経路を確認してください。200 OK の Contact と Record-Route に発信側から到達できる必要があります（NAT の内側のプライベートアドレス、Record-Route しなかったプロキシ、切れた TCP/TLS 接続など）。</translation>
    </message>
    <message>
        <source>The server refused the same user&apos;s credentials more than once: retrying does not help.</source>
        <translation>サーバが同じユーザの認証情報を繰り返し拒否しています。再試行しても解決しません。</translation>
    </message>
    <message>
        <source>Check the user name, password and realm configured on the client, and that the client answers the latest nonce.</source>
        <translation>クライアントに設定されたユーザ名、パスワード、realm と、クライアントが最新の nonce で認証しているかを確認してください。</translation>
    </message>
    <message>
        <source>The caller cancelled while the callee answered: the CANCEL and the 200 OK crossed. The INVITE is answered with 200 and the call must be ended with BYE; a 487 may also appear on another branch.</source>
        <translation>発信側が CANCEL したのと同時に着信側が応答し、CANCEL と 200 OK が行き違いました。INVITE は 200 で応答済みなので、呼は BYE で終了させる必要があります。別の分岐では 487 が返ることもあります。</translation>
    </message>
    <message>
        <source>Check that the caller sends ACK and then BYE for a 200 OK that arrives after its CANCEL, so that no half-open call stays up.</source>
        <translation>CANCEL の後に届いた 200 OK に対して発信側が ACK と BYE を送り、片側だけ残る呼ができないことを確認してください。</translation>
    </message>
    <message>
        <source>No final response came in time: a server on the path gave up waiting (its timer expired).</source>
        <translation>最終応答が時間内に返りませんでした。経路上のサーバが待ちきれずに打ち切っています（タイマ満了）。</translation>
    </message>
    <message>
        <source>Check which hop generated the 408 and whether the next hop after it was reachable and answering.</source>
        <translation>408 を生成したホップを特定し、その次のホップに到達でき、応答していたかを確認してください。</translation>
    </message>
    <message>
        <source>The phone rang but nobody answered before a no-answer timer ended the call.</source>
        <translation>着信側で呼出しが行われましたが、無応答タイマが切れるまで誰も応答しませんでした。</translation>
    </message>
    <message>
        <source>Check the no-answer timers on the proxy and the PBX (and call forwarding on no answer) if the ringing was shorter than expected.</source>
        <translation>呼出し時間が想定より短い場合は、プロキシや PBX の無応答タイマ（および無応答時転送の設定）を確認してください。</translation>
    </message>
    <message>
        <source>Both sides sent a re-INVITE at the same time (glare); each refuses the other with 491 and retries after a random wait.</source>
        <translation>双方が同時に re-INVITE を送りました（グレア）。互いに 491 で拒否し、ランダムな時間待ってから再試行します。</translation>
    </message>
    <message>
        <source>Repeated 491s mean the random back-off of RFC 3261 §14.1 is not followed; check what triggers the re-INVITEs (session timers, hold, codec changes).</source>
        <translation>491 が繰り返される場合は、RFC 3261 §14.1 のランダムなバックオフが守られていません。re-INVITE のきっかけ（セッションタイマ、保留、コーデック変更）を確認してください。</translation>
    </message>
    <message>
        <source>Nothing wrong is visible in this call&apos;s messages.</source>
        <translation>この呼のメッセージに問題は見当たりません。</translation>
    </message>
    <message>
        <source>Log lines name %1 as the final response</source>
        <translation>ログ行が示す最終応答は %1 です</translation>
    </message>
    <message>
        <source>Log lines name Q.850 cause %1</source>
        <translation>ログ行が示す Q.850 理由表示は %1 です</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>間隔</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>* retransmission</source>
        <translation>* 再送</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Joins the parts of a call&apos;s timing: &quot;post-dial delay 1.2 s; ringing 3.0 s&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>フレーム %1</translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <source>Link type %1 (%2) is not supported: none of its %3 packets could be read.</source>
        <translation>リンク種別 %1（%2）には対応していないため、%3 パケットのどれも読めませんでした。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 more packets on %2 other ports, probably TLS, DTLS or WebSocket, could not be read.</source>
        <translation>ほかの %2 個のポートの %1 パケットも読めませんでした（おそらく TLS、DTLS または WebSocket）。</translation>
    </message>
    <message>
        <source>probably TLS</source>
        <translation>おそらく TLS</translation>
    </message>
    <message>
        <source>probably DTLS</source>
        <translation>おそらく DTLS</translation>
    </message>
    <message>
        <source>SIP over WebSocket or other HTTP</source>
        <translation>WebSocket 上の SIP、またはほかの HTTP</translation>
    </message>
    <message>
        <source>%1 packets on %2 port %3, %4, could not be read.</source>
        <translation>%2 ポート %3 の %1 パケットは読めませんでした（%4）。</translation>
    </message>
    <message>
        <source>%1 packets with SIP data were cut short by the capture&apos;s snapshot length (snaplen).</source>
        <translation>SIP のデータを含む %1 パケットが、キャプチャのスナップショット長（snaplen）で切り詰められています。</translation>
    </message>
    <message>
        <source>%1 bytes of TCP streams were not in the capture.</source>
        <translation>TCP ストリームのうち %1 バイトがキャプチャに含まれていません。</translation>
    </message>
    <message>
        <source>%1 SIP messages were incomplete (cut, or begun before the capture or after its end) and are not listed.</source>
        <translation>%1 個の SIP メッセージは不完全なため一覧にありません（途中で切れている、キャプチャ開始前に始まっている、または終了後に続いている）。</translation>
    </message>
    <message>
        <source>%1 IP fragments never became a whole datagram.</source>
        <translation>%1 個の IP フラグメントは、データグラムとして揃いませんでした。</translation>
    </message>
    <message>
        <source>%1 TCP streams or IP datagrams were given up on to keep memory bounded.</source>
        <translation>メモリ使用量を抑えるため、%1 個の TCP ストリームまたは IP データグラムの組み立てを打ち切りました。</translation>
    </message>
    <message>
        <source>The capture has interfaces of different link types, which libpcap cannot read together: only the %1 packets before the second link type are read (%2).</source>
        <translation>このキャプチャにはリンク種別の異なるインタフェースが含まれており、libpcap ではまとめて読めません。2 つ目のリンク種別より前の %1 パケットだけを読みました（%2）。</translation>
    </message>
    <message>
        <source>The file ends early or is damaged after packet %1 (%2): what comes before is shown.</source>
        <translation>ファイルはパケット %1 の後で途切れているか、壊れています（%2）。それより前の内容を表示しています。</translation>
    </message>
    <message>
        <source>%1 capture, %2, %3 packets</source>
        <translation>%1 キャプチャ、%2、%3 パケット</translation>
    </message>
    <message>
        <source>link type %1</source>
        <translation>リンク種別 %1</translation>
    </message>
    <message>
        <source>, %1 to %2 UTC</source>
        <translation>、%1 ～ %2 UTC</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <source>SIP response codes</source>
        <translation>SIP 応答コード一覧</translation>
    </message>
    <message>
        <source>Every SIP response code with its reason phrase and what it means in one line, grouped by class. From SipRef.</source>
        <translation>すべての SIP 応答コードを、クラスごとに Reason-Phrase と一行の説明付きでまとめたもの（SipRef）。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Reason phrase</source>
        <translation>Reason-Phrase</translation>
    </message>
    <message>
        <source>In one line</source>
        <translation>一行で言うと</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>非推奨</translation>
    </message>
    <message>
        <source>historic, RFC 2543</source>
        <translation>RFC 2543 時代の旧コード</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>No description has been written for this code yet.</source>
        <translation type="vanished">このコードの解説はまだ書かれていません。</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="vanished">意味</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation type="vanished">発生する場面</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="vanished">対処</translation>
    </message>
    <message>
        <source>Does the client retry?</source>
        <translation type="vanished">クライアントは再試行するか</translation>
    </message>
    <message>
        <source>Reference for SIP response codes, SIP Warning codes and Q.850 causes.</source>
        <translation>SIP 応答コード、SIP Warning コード、Q.850 理由表示のリファレンス。</translation>
    </message>
    <message>
        <source>Print the entry or the matches for &lt;query&gt;.</source>
        <translation>&lt;query&gt; に該当する項目、または一致する一覧を表示します。</translation>
    </message>
    <message>
        <source>Print the comparison of two codes.</source>
        <translation type="vanished">2 つのコードの比較を表示します。</translation>
    </message>
    <message>
        <source>Output language: en or ja.</source>
        <translation>出力言語（en または ja）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>Code to open in the window (e.g. 486).</source>
        <translation type="vanished">ウィンドウで開くコード（例: 486）。</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation type="vanished">主な違い</translation>
    </message>
    <message>
        <source>Which to use when</source>
        <translation type="vanished">使い分け</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation type="vanished">%1 はディレクトリです</translation>
    </message>
    <message>
        <source>SIP messages: %1 (requests: %2, responses: %3); calls: %4</source>
        <translation type="vanished">SIP メッセージ %1 件（リクエスト %2 件、応答 %3 件）、呼 %4 件</translation>
    </message>
    <message>
        <source>(not registered)</source>
        <translation type="vanished">（未登録）</translation>
    </message>
    <message>
        <source>Final responses</source>
        <translation type="vanished">最終応答</translation>
    </message>
    <message>
        <source>Q.850 causes</source>
        <translation type="vanished">Q.850 理由表示</translation>
    </message>
    <message>
        <source>Warning codes</source>
        <translation type="vanished">Warning コード</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>呼</translation>
    </message>
    <message>
        <source>Call %1: %2</source>
        <translation>呼 %1: %2</translation>
    </message>
    <message>
        <source>(registered phrase: %1)</source>
        <translation>（登録上のフレーズ: %1）</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="vanished">%1 行目</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation type="vanished">フレーム %1</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>no SIP requests or responses found in %1</source>
        <translation>%1 に SIP リクエストや応答が見つかりません</translation>
    </message>
    <message>
        <source>Explain the SIP messages in a trace or log &lt;file&gt; (- reads standard input).</source>
        <translation>トレースまたはログ &lt;file&gt; に含まれる SIP メッセージを解説します（- を指定すると標準入力から読み込みます）。</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="vanished">備考</translation>
    </message>
    <message>
        <source>Print the comparison of the two codes given as arguments, e.g. --compare 486 600.</source>
        <translation>引数で指定した 2 つのコードの比較を表示します（例: --compare 486 600）。</translation>
    </message>
    <message>
        <source>Without options: the code to open in the window (e.g. 486). With --compare: the two codes to compare.</source>
        <translation>オプションなしの場合はウィンドウで開くコード（例: 486）。--compare の場合は比較する 2 つのコード。</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプションです: %1</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>余分な引数があります: %1</translation>
    </message>
    <message>
        <source>Mentioned in log lines (not whole SIP messages)</source>
        <translation type="vanished">ログ行に現れたコード（SIP メッセージ全体ではないもの）</translation>
    </message>
    <message>
        <source>(no Call-ID on the line)</source>
        <translation type="vanished">（行に Call-ID なし）</translation>
    </message>
    <message>
        <source>Check first:</source>
        <translation>まず確認すること:</translation>
    </message>
    <message>
        <source>Timing: %1</source>
        <translation>所要時間: %1</translation>
    </message>
    <message>
        <source>No whole SIP messages in %1.</source>
        <translation>%1 に SIP メッセージ全体は含まれていません。</translation>
    </message>
    <message>
        <source>With --explain: print each call&apos;s ladder.</source>
        <translation>--explain と併用: 呼ごとのラダー図を表示します。</translation>
    </message>
    <message>
        <source>With --explain: print the call list as CSV.</source>
        <translation>--explain と併用: 呼の一覧を CSV で出力します。</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Class</source>
        <translation type="vanished">クラス</translation>
    </message>
    <message>
        <source>Provisional or final</source>
        <translation type="vanished">応答の種類</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="vanished">概要</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="vanished">意味</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation type="vanished">発生する場面</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="vanished">対処</translation>
    </message>
    <message>
        <source>Does the client retry?</source>
        <translation type="vanished">クライアントは再試行するか</translation>
    </message>
    <message>
        <source>Headers that matter</source>
        <translation type="vanished">注目すべきヘッダ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">状態</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation type="vanished">定義</translation>
    </message>
    <message>
        <source>Both sides show the same code.</source>
        <translation>左右に同じコードが表示されている。</translation>
    </message>
    <message>
        <source>%1 is a %2; %3 is a %4.</source>
        <translation>%1 は%2、%3 は%4。</translation>
    </message>
    <message>
        <source>Different class: %1 is %2 (%3: %4); %5 is %6 (%7: %8).</source>
        <translation>クラスが異なる: %1 は %2（%3: %4）、%5 は %6（%7: %8）。</translation>
    </message>
    <message>
        <source>Different class: %1 is %2; %3 is %4.</source>
        <translation>クラスが異なる: %1 は「%2」、%3 は「%4」。</translation>
    </message>
    <message>
        <source>Same class: both are %1 (%2).</source>
        <translation>同じクラス: どちらも %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is provisional: the transaction goes on and a final response is still to come. %2 is final: it ends the transaction.</source>
        <translation>%1 は暫定応答で、トランザクションは続き、この後に最終応答が来る。%2 は最終応答で、トランザクションはそこで終わる。</translation>
    </message>
    <message>
        <source>Retry: after %1 the client %2; after %3 it %4.</source>
        <translation type="vanished">再試行: %1 を受けたクライアントは%2。%3 の場合は%4。</translation>
    </message>
    <message>
        <source>Retry: after either code the client %1.</source>
        <translation>再試行: どちらのコードでも、クライアントは%1。</translation>
    </message>
    <message>
        <source>Status: %1 is %2; %3 is %4.</source>
        <translation>状態: %1 は%2、%3 は%4。</translation>
    </message>
    <message>
        <source>no particular header</source>
        <translation type="vanished">特になし</translation>
    </message>
    <message>
        <source>Headers to look at: %1 for %2; %3 for %4.</source>
        <translation>見るべきヘッダ: %2 では %1、%4 では %3。</translation>
    </message>
    <message>
        <source>Same class: both are %1.</source>
        <translation>同じクラス: どちらも「%1」。</translation>
    </message>
    <message>
        <source>%1 is not a failure, so there is nothing to retry.</source>
        <translation>%1 は失敗ではないので、再試行するものはない。</translation>
    </message>
    <message>
        <source>After %1 the client retries at the Contact addresses it was given.</source>
        <translation>%1 を受けたクライアントは、通知された Contact のアドレス宛てに再試行する。</translation>
    </message>
    <message>
        <source>After %1 the client resends the same request with credentials for the challenge.</source>
        <translation>%1 を受けたクライアントは、チャレンジに対する認証情報を付けて同じリクエストを再送する。</translation>
    </message>
    <message>
        <source>After %1 the client may resend once it has changed the request as the response asks.</source>
        <translation>%1 を受けたクライアントは、応答の指示どおりにリクエストを修正すれば再送できる。</translation>
    </message>
    <message>
        <source>After %1 the client may try the same destination again later (after Retry-After, if given).</source>
        <translation>%1 を受けたクライアントは、時間をおいて同じ宛先へ再試行できる（Retry-After があればその時間の後）。</translation>
    </message>
    <message>
        <source>After %1 the client may try another server or route (the next DNS SRV target, another trunk).</source>
        <translation>%1 を受けたクライアントは、別のサーバや経路（次の DNS SRV ターゲット、別のトランク）を試せる。</translation>
    </message>
    <message>
        <source>After %1 the client should not retry this request.</source>
        <translation>%1 を受けたクライアントは、このリクエストを再試行すべきではない。</translation>
    </message>
    <message>
        <source>After %1: %2.</source>
        <translation>%1 の後: %2。</translation>
    </message>
    <message>
        <source>Retry: %1 %2</source>
        <translation>再試行: %1%2</translation>
    </message>
    <message>
        <source>Retry: neither code is a failure, so there is nothing to retry.</source>
        <translation>再試行: どちらも失敗ではないので、再試行するものはない。</translation>
    </message>
    <message>
        <source>Headers to look at: %1 for %2; none in particular for %3.</source>
        <translation>見るべきヘッダ: %2 では %1、%3 では特になし。</translation>
    </message>
    <message>
        <source>Headers to look at: none in particular for %1; %2 for %3.</source>
        <translation>見るべきヘッダ: %1 では特になし、%3 では %2。</translation>
    </message>
</context>
<context>
    <name>ContentCompiler</name>
    <message>
        <source>no content files given</source>
        <translation type="vanished">コンテンツファイルが指定されていません</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <source>The content database %1 does not exist.</source>
        <translation>コンテンツデータベース %1 が存在しません。</translation>
    </message>
    <message>
        <source>The content database %1 cannot be read (permission denied).</source>
        <translation>コンテンツデータベース %1 を読み取れません（アクセス権がありません）。</translation>
    </message>
    <message>
        <source>The content database %1 cannot be opened: %2</source>
        <translation>コンテンツデータベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is not a SipRef content database, or it is damaged (%2).</source>
        <translation>%1 は SipRef のコンテンツデータベースではないか、壊れています（%2）。</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation>スキーマバージョンがありません</translation>
    </message>
    <message>
        <source>The content database %1 has schema version %2; this version of SipRef reads version %3.</source>
        <translation>コンテンツデータベース %1 のスキーマバージョンは %2 ですが、この SipRef が読めるのはバージョン %3 です。</translation>
    </message>
    <message>
        <source>The content database %1 is damaged: %2</source>
        <translation>コンテンツデータベース %1 が壊れています: %2</translation>
    </message>
    <message>
        <source>The content database %1 cannot be read: it is a directory.</source>
        <translation>コンテンツデータベース %1 を読み取れません: ディレクトリです。</translation>
    </message>
    <message>
        <source>The content database %1 cannot be read: %2</source>
        <translation>コンテンツデータベース %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The content database %1 is damaged: it is not an SQLite database (%2 bytes, unknown header).</source>
        <translation>コンテンツデータベース %1 が壊れています: SQLite データベースではありません（%2 バイト、不明なヘッダ）。</translation>
    </message>
    <message>
        <source>The content database %1 is damaged: it is truncated (%2 of %3 bytes).</source>
        <translation>コンテンツデータベース %1 が壊れています: 途中で切れています（%3 バイト中 %2 バイト）。</translation>
    </message>
    <message>
        <source>The content database %1 is damaged: it holds %2 entries instead of %3.</source>
        <translation>コンテンツデータベース %1 が壊れています: 項目数が %3 ではなく %2 です。</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>%1 was not found next to the program.</source>
        <translation>%1 がプログラムと同じ場所に見つかりません。</translation>
    </message>
</context>
<context>
    <name>PageRenderer</name>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="vanished">意味</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation type="vanished">発生する場面</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="vanished">対処</translation>
    </message>
    <message>
        <source>Does the client retry?</source>
        <translation type="vanished">クライアントは再試行するか</translation>
    </message>
    <message>
        <source>No description has been written for this code yet. The facts below are from the standard.</source>
        <translation type="vanished">このコードの解説はまだ書かれていません。以下の情報は標準規格によるものです。</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation type="vanished">定義</translation>
    </message>
    <message>
        <source>Client retry</source>
        <translation type="vanished">クライアントの再試行</translation>
    </message>
    <message>
        <source>Typically sent by</source>
        <translation type="vanished">主な送信元</translation>
    </message>
    <message>
        <source>Headers that matter</source>
        <translation type="vanished">注目すべきヘッダ</translation>
    </message>
    <message>
        <source>Also seen as</source>
        <translation type="vanished">実機で見かける表記</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">状態</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation type="vanished">基本情報</translation>
    </message>
    <message>
        <source>ISUP → SIP</source>
        <translation type="vanished">ISUP → SIP</translation>
    </message>
    <message>
        <source>SIP → ISUP</source>
        <translation type="vanished">SIP → ISUP</translation>
    </message>
    <message>
        <source>Q.850 mapping (RFC 3398)</source>
        <translation type="vanished">Q.850 とのマッピング（RFC 3398）</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="vanished">%1 と %2 の比較</translation>
    </message>
    <message>
        <source>Often confused with</source>
        <translation type="vanished">混同しやすいコード</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation type="vanished">関連コード</translation>
    </message>
    <message>
        <source>No description has been written for %1 yet.</source>
        <translation type="vanished">%1 の解説はまだ書かれていません。</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation type="vanished">主な違い</translation>
    </message>
    <message>
        <source>Which to use when</source>
        <translation type="vanished">使い分け</translation>
    </message>
    <message>
        <source>There is no curated note for this pair. The key differences above follow from the facts of both codes.</source>
        <translation type="vanished">この組み合わせには解説がまだありません。上の主な違いは、両コードの基本情報から導いたものです。</translation>
    </message>
    <message>
        <source>SIP response codes, SIP Warning codes and Q.850 causes, explained.</source>
        <translation>SIP 応答コード、SIP Warning コード、Q.850 理由表示をわかりやすく解説します。</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>入力するとすぐに検索</translation>
    </message>
    <message>
        <source>486 — a code; 48 — every code starting with 48</source>
        <translation>486 — コードそのもの、48 — 48 で始まるすべてのコード</translation>
    </message>
    <message>
        <source>4xx — a whole class</source>
        <translation>4xx — クラス全体</translation>
    </message>
    <message>
        <source>busy, temporarily — a reason phrase or words from the texts, in English or Japanese</source>
        <translation>busy、話中、認証 — Reason-Phrase や解説中の語（英語・日本語とも可）</translation>
    </message>
    <message>
        <source>SIP/2.0 486 Busy Here — a pasted status line</source>
        <translation>SIP/2.0 486 Busy Here — 貼り付けたステータス行</translation>
    </message>
    <message>
        <source>cause 17, Reason: Q.850;cause=17 — a Q.850 cause; warning 399 — a Warning code</source>
        <translation>cause 17、Reason: Q.850;cause=17 — Q.850 理由表示、warning 399 — Warning コード</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー操作</translation>
    </message>
    <message>
        <source>Ctrl+L or Ctrl+F: search  ·  Up/Down: move  ·  Enter: open  ·  Esc: clear</source>
        <translation>Ctrl+L / Ctrl+F: 検索  ·  ↑/↓: 移動  ·  Enter: 開く  ·  Esc: クリア</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right: back and forward  ·  Ctrl+D: compare</source>
        <translation type="vanished">Alt+← / Alt+→: 戻る・進む  ·  Ctrl+D: 比較</translation>
    </message>
    <message>
        <source>The whole mapping, the Reason header and where equipment departs from it</source>
        <translation type="vanished">マッピング全体、Reason ヘッダ、実機が RFC と異なる点</translation>
    </message>
    <message>
        <source>In SIP: the Reason header (RFC 3326)</source>
        <translation type="vanished">SIP での表現: Reason ヘッダ（RFC 3326）</translation>
    </message>
    <message>
        <source>How the Reason header carries a Q.850 cause</source>
        <translation type="vanished">Reason ヘッダで Q.850 の理由表示を運ぶ方法</translation>
    </message>
    <message>
        <source>SIP and Q.850: the RFC 3398 mapping</source>
        <translation>SIP と Q.850: RFC 3398 のマッピング</translation>
    </message>
    <message>
        <source>The Reason header (RFC 3326)</source>
        <translation>Reason ヘッダ（RFC 3326）</translation>
    </message>
    <message>
        <source>ISUP cause → SIP response (%1)</source>
        <translation>ISUP 理由表示 → SIP 応答（%1）</translation>
    </message>
    <message>
        <source>SIP response → ISUP cause (%1)</source>
        <translation>SIP 応答 → ISUP 理由表示（%1）</translation>
    </message>
    <message>
        <source>Where common equipment departs from RFC 3398</source>
        <translation>よく使われる機器が RFC 3398 と異なる点</translation>
    </message>
    <message>
        <source>USER_BUSY, AST_CAUSE_BUSY, DIALSTATUS=BUSY, a FreeSWITCH hangup line — names from vendor logs</source>
        <translation>USER_BUSY、AST_CAUSE_BUSY、DIALSTATUS=BUSY、FreeSWITCH の切断ログ行 — ベンダのログに出る名前</translation>
    </message>
    <message>
        <source>forbiden, unauthorised — small typos and British spellings are corrected</source>
        <translation>forbiden、unauthorised — 軽いタイプミスやイギリス式の綴りは補正して検索</translation>
    </message>
    <message>
        <source>In vendor logs:</source>
        <translation type="vanished">ベンダのログ上の名前：</translation>
    </message>
    <message>
        <source>Vendor causes for this response</source>
        <translation type="vanished">この応答に対応するベンダの理由表示</translation>
    </message>
    <message>
        <source>RFC 3398 gives cause %1.</source>
        <translation type="vanished">RFC 3398 では理由表示 %1 になる。</translation>
    </message>
    <message>
        <source>RFC 3398 has no row for it.</source>
        <translation type="vanished">RFC 3398 には対応する行がない。</translation>
    </message>
    <message>
        <source>SIP-I (3GPP TS 29.163)</source>
        <translation type="vanished">SIP-I（3GPP TS 29.163）</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="vanished">出典: %1</translation>
    </message>
    <message>
        <source>SIP-I interworking (3GPP TS 29.163): where it departs from RFC 3398</source>
        <translation>SIP-I インタワーキング（3GPP TS 29.163）で RFC 3398 と異なる行</translation>
    </message>
    <message>
        <source>RFC 3398:</source>
        <translation>RFC 3398:</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="vanished">並べて比較</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right: back and forward</source>
        <translation>Alt+← / Alt+→: 戻る・進む</translation>
    </message>
    <message>
        <source>Ctrl+D: compare two codes  ·  Ctrl+M: the SIP ⇄ Q.850 mapping</source>
        <translation>Ctrl+D: 2 つのコードを比較  ·  Ctrl+M: SIP ⇄ Q.850 マッピング</translation>
    </message>
    <message>
        <source>Ctrl+E: explain a trace  ·  Ctrl+O: open a trace or log file</source>
        <translation>Ctrl+E: トレース解析  ·  Ctrl+O: トレースやログのファイルを開く</translation>
    </message>
    <message>
        <source>Ctrl+B: star the code shown  ·  Ctrl+T: quiz</source>
        <translation>Ctrl+B: 表示中のコードにスターを付ける  ·  Ctrl+T: クイズ</translation>
    </message>
    <message>
        <source>Ctrl+P: print  ·  Ctrl++ / Ctrl+- / Ctrl+0: text size  ·  F1: this page</source>
        <translation>Ctrl+P: 印刷  ·  Ctrl++ / Ctrl+- / Ctrl+0: 文字の大きさ  ·  F1: このページ</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>使い方</translation>
    </message>
    <message>
        <source>Each code page says what the code means, when you see it and what to do, with the facts, the Q.850 mapping and the codes it is often confused with.</source>
        <translation>各コードのページには、意味、発生する場面、対処を、基本情報、Q.850 とのマッピング、混同しやすいコードとともにまとめています。</translation>
    </message>
    <message>
        <source>Compare puts two codes side by side and starts with what differs between them.</source>
        <translation>比較では 2 つのコードを並べ、最初に両者の違いを示します。</translation>
    </message>
    <message>
        <source>Explain a trace reads a pasted log or a capture file and explains every code in it, call by call.</source>
        <translation>トレース解析では、貼り付けたログやキャプチャファイルを読み込み、含まれるコードを呼ごとにすべて解説します。</translation>
    </message>
    <message>
        <source>Write your own notes below a code; star codes to find them under Bookmarks; History keeps the codes you read.</source>
        <translation>コードの下には自分のメモを書けます。スターを付けたコードはブックマークに、読んだコードは履歴に残ります。</translation>
    </message>
    <message>
        <source>The File menu prints a page, a comparison or the cheat sheet of all SIP codes, or saves them as PDF.</source>
        <translation>「ファイル」メニューから、ページ、比較、全 SIP コードの早見表を印刷したり、PDF に保存したりできます。</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
</context>
<context>
    <name>PrintSupport</name>
    <message>
        <source>No such code</source>
        <translation>該当するコードがありません</translation>
    </message>
    <message>
        <source>%1 is not in the content.</source>
        <translation>%1 は収録されていません。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>PDF %1 を書き出せませんでした。</translation>
    </message>
    <message>
        <source>The printer reported an error.</source>
        <translation>プリンタがエラーを返しました。</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 を印刷</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>印刷に失敗しました</translation>
    </message>
    <message>
        <source>Export %1 as PDF</source>
        <translation>%1 を PDF に書き出す</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>PDF export failed</source>
        <translation>PDF の書き出しに失敗しました</translation>
    </message>
    <message>
        <source>SIP response codes — cheat sheet</source>
        <translation>SIP 応答コード早見表</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="vanished">%1 と %2 の比較</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>SipRef</source>
        <translation>SipRef</translation>
    </message>
</context>
<context>
    <name>Quiz</name>
    <message>
        <source>No codes match the chosen registries and classes.</source>
        <translation>選んだ種別・クラスに該当するコードがありません。</translation>
    </message>
    <message>
        <source>There are not enough codes in the chosen registries to make a question with four choices.</source>
        <translation>選んだ種別のコードが少なすぎて、4 択の問題を作れません。</translation>
    </message>
    <message>
        <source>Which code is this situation about?</source>
        <translation>この状況に当てはまるコードはどれ？</translation>
    </message>
    <message>
        <source>What is the reason phrase of this SIP response?</source>
        <translation>この SIP 応答の Reason-Phrase は？</translation>
    </message>
    <message>
        <source>What is the name of this code?</source>
        <translation>このコードの名称は？</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <source>No description has been written for this code yet. The facts below are from the standard.</source>
        <translation>このコードの解説はまだ書かれていません。以下の情報は標準規格によるものです。</translation>
    </message>
    <message>
        <source>In vendor logs:</source>
        <translation>ベンダのログ上の名前：</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Client retry</source>
        <translation>クライアントの再試行</translation>
    </message>
    <message>
        <source>Typically sent by</source>
        <translation>主な送信元</translation>
    </message>
    <message>
        <source>Also seen as</source>
        <translation>実機で見かける表記</translation>
    </message>
    <message>
        <source>Vendor causes for this response</source>
        <translation>この応答に対応するベンダの理由表示</translation>
    </message>
    <message>
        <source>Q.850 mapping (RFC 3398)</source>
        <translation>Q.850 とのマッピング（RFC 3398）</translation>
    </message>
    <message>
        <source>ISUP → SIP</source>
        <translation>ISUP → SIP</translation>
    </message>
    <message>
        <source>SIP → ISUP</source>
        <translation>SIP → ISUP</translation>
    </message>
    <message>
        <source>RFC 3398 gives cause %1.</source>
        <translation>RFC 3398 では理由表示 %1 になる。</translation>
    </message>
    <message>
        <source>RFC 3398 has no row for it.</source>
        <translation>RFC 3398 には対応する行がない。</translation>
    </message>
    <message>
        <source>SIP-I (3GPP TS 29.163)</source>
        <translation>SIP-I（3GPP TS 29.163）</translation>
    </message>
    <message>
        <source>The whole mapping, the Reason header and where equipment departs from it</source>
        <translation>マッピング全体、Reason ヘッダ、実機が RFC と異なる点</translation>
    </message>
    <message>
        <source>In SIP: the Reason header (RFC 3326)</source>
        <translation>SIP での表現: Reason ヘッダ（RFC 3326）</translation>
    </message>
    <message>
        <source>How the Reason header carries a Q.850 cause</source>
        <translation>Reason ヘッダで Q.850 の理由表示を運ぶ方法</translation>
    </message>
    <message>
        <source>Often confused with</source>
        <translation>混同しやすいコード</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>関連コード</translation>
    </message>
    <message>
        <source>Key differences</source>
        <translation>主な違い</translation>
    </message>
    <message>
        <source>Which to use when</source>
        <translation>使い分け</translation>
    </message>
    <message>
        <source>There is no curated note for this pair. The key differences above follow from the facts of both codes.</source>
        <translation>この組み合わせには解説がまだありません。上の主な違いは、両コードの基本情報から導いたものです。</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>並べて比較</translation>
    </message>
    <message>
        <source>No description has been written for %1 yet.</source>
        <translation>%1 の解説はまだ書かれていません。</translation>
    </message>
    <message>
        <source>(not registered)</source>
        <translation>（未登録）</translation>
    </message>
    <message>
        <source>SIP messages: %1 (requests: %2, responses: %3); calls: %4</source>
        <translation>SIP メッセージ %1 件（リクエスト %2 件、応答 %3 件）、呼 %4 件</translation>
    </message>
    <message>
        <source>Final responses</source>
        <translation>最終応答</translation>
    </message>
    <message>
        <source>Q.850 causes</source>
        <translation>Q.850 理由表示</translation>
    </message>
    <message>
        <source>Warning codes</source>
        <translation>Warning コード</translation>
    </message>
    <message>
        <source>Call outcomes</source>
        <translation>呼の結果</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 と %2 の比較</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Provisional or final</source>
        <translation>応答の種類</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>When you see it</source>
        <translation>発生する場面</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>Does the client retry?</source>
        <translation>クライアントは再試行するか</translation>
    </message>
    <message>
        <source>Headers that matter</source>
        <translation>注目すべきヘッダ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>定義</translation>
    </message>
    <message>
        <source>Mentioned in log lines (not whole SIP messages)</source>
        <translation>ログ行に現れたコード（SIP メッセージ全体ではないもの）</translation>
    </message>
    <message>
        <source>(no Call-ID on the line)</source>
        <translation>（行に Call-ID なし）</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Did you mean %1?</source>
        <translation>もしかして %1 ですか？</translation>
    </message>
</context>
<context>
    <name>TraceExplainer</name>
    <message>
        <source>%1 is not a registered SIP response code; its class is %2, %3.</source>
        <translation>%1 は登録済みの SIP 応答コードではありません。クラスは %2（%3）です。</translation>
    </message>
    <message>
        <source>Q.850 cause %1 is out of range: cause values go from 0 to 127.</source>
        <translation>Q.850 理由表示 %1 は範囲外です（理由表示の値は 0〜127）。</translation>
    </message>
    <message>
        <source>Q.850 cause %1 is not a defined cause value; its class is %2.</source>
        <translation>Q.850 理由表示 %1 は定義されていない値です。クラスは「%2」です。</translation>
    </message>
    <message>
        <source>Warning %1 is not a registered SIP warning code.</source>
        <translation>Warning %1 は登録済みの SIP Warning コードではありません。</translation>
    </message>
    <message>
        <source>Q.850 cause %1</source>
        <translation>Q.850 理由表示 %1</translation>
    </message>
    <message>
        <source>SIP %1</source>
        <translation>SIP %1</translation>
    </message>
    <message>
        <source>%1 cause %2</source>
        <translation>%1 cause=%2</translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation>Warning %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>No final response (last: %1)</source>
        <translation>最終応答なし（最後の応答: %1）</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Ended by BYE (%1)</source>
        <translation>BYE で終了（%1）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Answered (%1), ended by BYE</source>
        <translation>応答あり（%1）、BYE で終了</translation>
    </message>
    <message>
        <source>Answered (%1)</source>
        <translation>応答あり（%1）</translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <translation>キャンセル（%1）</translation>
    </message>
    <message>
        <source>Redirected (%1)</source>
        <translation>リダイレクト（%1）</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>失敗（%1）</translation>
    </message>
    <message>
        <source>(no Call-ID)</source>
        <translation>（Call-ID なし）</translation>
    </message>
</context>
<context>
    <name>TraceReader</name>
    <message>
        <source>pcap (nanosecond timestamps)</source>
        <translation>pcap（ナノ秒タイムスタンプ）</translation>
    </message>
    <message>
        <source>it looks like a packet capture, but libpcap cannot read it: %1</source>
        <translation>パケットキャプチャのようですが、libpcap で読めません: %1</translation>
    </message>
    <message>
        <source>a snoop capture (convert it with: editcap -F pcapng)</source>
        <translation>snoop 形式のキャプチャ（editcap -F pcapng で変換してください）</translation>
    </message>
    <message>
        <source>a Network Monitor capture (convert it with: editcap -F pcapng)</source>
        <translation>Network Monitor 形式のキャプチャ（editcap -F pcapng で変換してください）</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>zip アーカイブ</translation>
    </message>
    <message>
        <source>a gzip-compressed file (decompress it first)</source>
        <translation>gzip で圧縮されたファイル（先に展開してください）</translation>
    </message>
    <message>
        <source>a bzip2-compressed file (decompress it first)</source>
        <translation>bzip2 で圧縮されたファイル（先に展開してください）</translation>
    </message>
    <message>
        <source>an xz-compressed file (decompress it first)</source>
        <translation>xz で圧縮されたファイル（先に展開してください）</translation>
    </message>
    <message>
        <source>a zstd-compressed file (decompress it first)</source>
        <translation>zstd で圧縮されたファイル（先に展開してください）</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文書</translation>
    </message>
    <message>
        <source>a program or core file (ELF)</source>
        <translation>プログラムまたはコアファイル（ELF）</translation>
    </message>
    <message>
        <source>UTF-16 text (save it as UTF-8)</source>
        <translation>UTF-16 のテキスト（UTF-8 で保存し直してください）</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>バイナリデータ</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 はファイルではなくフォルダです</translation>
    </message>
    <message>
        <source>it is not a SIP trace, a log or a packet capture; it looks like %1</source>
        <translation>SIP トレース、ログ、パケットキャプチャのいずれでもありません（種類: %1）</translation>
    </message>
</context>
<context>
    <name>UserDataDialogs</name>
    <message>
        <source>Export bookmarks and notes</source>
        <translation>ブックマークとメモの書き出し</translation>
    </message>
    <message>
        <source>SipRef notes (*.json)</source>
        <translation>SipRef メモ (*.json)</translation>
    </message>
    <message>
        <source>Bookmarks and notes exported to %1</source>
        <translation>ブックマークとメモを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Import bookmarks and notes</source>
        <translation>ブックマークとメモの読み込み</translation>
    </message>
    <message>
        <source>SipRef notes (*.json);;All files (*)</source>
        <translation>SipRef メモ (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>UserDataExchange</name>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1（%2 行目）</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>…ほか %1 件の問題</translation>
    </message>
    <message>
        <source>missing (write the code as sip:486, q850:17 or warning:399)</source>
        <translation>ありません（コードは sip:486、q850:17、warning:399 のように書きます）</translation>
    </message>
    <message>
        <source>expected a code such as &quot;sip:486&quot;, found %1</source>
        <translation>&quot;sip:486&quot; のようなコードが必要ですが、%1 です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a code (write it as sip:486, q850:17 or warning:399)</source>
        <translation>&quot;%1&quot; はコードではありません（sip:486、q850:17、warning:399 のように書きます）</translation>
    </message>
    <message>
        <source>%1 is not a known code</source>
        <translation>%1 は存在しないコードです</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (write it as 2024-05-01T09:30:00Z)</source>
        <translation>&quot;%1&quot; は日時ではありません（2024-05-01T09:30:00Z のように書きます）</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true / false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>値なし</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>line %1, column %2: %3 (this is not valid JSON)</source>
        <translation>%1 行 %2 桁目: %3（JSON として正しくありません）</translation>
    </message>
    <message>
        <source>the file is JSON but not a SipRef export: expected an object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>JSON ですが SipRef のエクスポートではありません。&quot;format&quot;: &quot;%1&quot; を持つオブジェクトが必要です</translation>
    </message>
    <message>
        <source>missing: this is not a SipRef export of bookmarks and notes</source>
        <translation>ありません。SipRef のブックマーク・メモのエクスポートではありません</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found %2</source>
        <translation>&quot;%1&quot; が必要ですが、%2 です</translation>
    </message>
    <message>
        <source>missing (this format is version %1)</source>
        <translation>ありません（この形式はバージョン %1 です）</translation>
    </message>
    <message>
        <source>expected a whole number such as %1</source>
        <translation>%1 のような整数が必要です</translation>
    </message>
    <message>
        <source>%1 is newer than this version of SipRef reads (%2); update SipRef</source>
        <translation>%1 はこの SipRef が読める版（%2）より新しいため、SipRef を更新してください</translation>
    </message>
    <message>
        <source>has neither &quot;bookmarks&quot; nor &quot;notes&quot;</source>
        <translation>&quot;bookmarks&quot; も &quot;notes&quot; もありません</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>配列が必要ですが、%1 です</translation>
    </message>
    <message>
        <source>expected a code such as &quot;sip:486&quot; or an object with &quot;code&quot;, found %1</source>
        <translation>&quot;sip:486&quot; のようなコードか &quot;code&quot; を持つオブジェクトが必要ですが、%1 です</translation>
    </message>
    <message>
        <source>expected an object with &quot;code&quot; and &quot;text&quot;, found %1</source>
        <translation>&quot;code&quot; と &quot;text&quot; を持つオブジェクトが必要ですが、%1 です</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ありません</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>文字列が必要ですが、%1 です</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>メモが空です</translation>
    </message>
    <message>
        <source>the note is %1 characters long; at most %2 are accepted</source>
        <translation>メモが %1 文字あります。受け付けるのは %2 文字までです</translation>
    </message>
    <message>
        <source>%1 already has a note at notes[%2]; put both texts in one note</source>
        <translation>%1 のメモは notes[%2] にもあります。1 つのメモにまとめてください</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 はファイルではなくフォルダです</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an export of bookmarks and notes is far smaller. Is this the right file?</source>
        <translation>%1 は %2 MB あります。ブックマークとメモのエクスポートはもっと小さいはずです。ファイルが正しいか確認してください。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>何もインポートしませんでした:</translation>
    </message>
    <message>
        <source>Imported. Bookmarks: %1 added, %2 already there. Notes: %3 added, %4 added below your own note on the same code, %5 already there.</source>
        <translation>インポートしました。ブックマーク: 追加 %1 件、登録済み %2 件。メモ: 追加 %3 件、同じコードの既存メモへの追記 %4 件、登録済み %5 件。</translation>
    </message>
    <message>
        <source>Skipped, because they could not be read:</source>
        <translation>次の項目は読み取れなかったため、読み込んでいません:</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>SIP response</source>
        <translation>SIP 応答</translation>
    </message>
    <message>
        <source>SIP Warning code</source>
        <translation>SIP Warning コード</translation>
    </message>
    <message>
        <source>Q.850 cause</source>
        <translation>Q.850 理由表示</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>暫定応答</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Redirection</source>
        <translation>リダイレクト</translation>
    </message>
    <message>
        <source>Client failure</source>
        <translation>クライアントエラー</translation>
    </message>
    <message>
        <source>Server failure</source>
        <translation>サーバエラー</translation>
    </message>
    <message>
        <source>Global failure</source>
        <translation>グローバルエラー</translation>
    </message>
    <message>
        <source>Normal event</source>
        <translation>正常クラス</translation>
    </message>
    <message>
        <source>Resource unavailable</source>
        <translation>リソース使用不可クラス</translation>
    </message>
    <message>
        <source>Service or option not available</source>
        <translation>サービス／オプション利用不可クラス</translation>
    </message>
    <message>
        <source>Service or option not implemented</source>
        <translation>サービス／オプション未提供クラス</translation>
    </message>
    <message>
        <source>Invalid message</source>
        <translation>無効メッセージクラス</translation>
    </message>
    <message>
        <source>Protocol error</source>
        <translation>手順誤りクラス</translation>
    </message>
    <message>
        <source>Interworking</source>
        <translation>インタワーキングクラス</translation>
    </message>
    <message>
        <source>the request was received and is being processed; a final response follows</source>
        <translation>リクエストは受信済みで処理中。この後に最終応答が続く</translation>
    </message>
    <message>
        <source>the request succeeded</source>
        <translation>リクエストは成功した</translation>
    </message>
    <message>
        <source>the target is elsewhere; the client should try the addresses it was given</source>
        <translation>宛先は別の場所にあり、クライアントは通知されたアドレスを試す</translation>
    </message>
    <message>
        <source>the request failed at this server; a changed request or another location may succeed</source>
        <translation>このサーバでは失敗。リクエストを直すか別の宛先なら成功しうる</translation>
    </message>
    <message>
        <source>the server failed to process a valid request; another server may succeed</source>
        <translation>正しいリクエストをサーバが処理できなかった。別のサーバなら成功しうる</translation>
    </message>
    <message>
        <source>the request fails everywhere; no other location should be tried</source>
        <translation>どこに送っても失敗する。他の宛先を試すべきではない</translation>
    </message>
    <message>
        <source>Provisional (the transaction continues)</source>
        <translation>暫定応答（トランザクションは継続）</translation>
    </message>
    <message>
        <source>Final (ends the transaction)</source>
        <translation>最終応答（トランザクションを終了）</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現行</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>非推奨</translation>
    </message>
    <message>
        <source>Historic (RFC 2543 era; still sent by old equipment)</source>
        <translation>廃止（RFC 2543 時代のコード。古い機器はまだ送ってくる）</translation>
    </message>
    <message>
        <source>UAS (the called endpoint)</source>
        <translation>UAS（着信側端末）</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>レジストラ</translation>
    </message>
    <message>
        <source>Redirect server</source>
        <translation>リダイレクトサーバ</translation>
    </message>
    <message>
        <source>B2BUA / SBC</source>
        <translation>B2BUA / SBC</translation>
    </message>
    <message>
        <source>PSTN gateway</source>
        <translation>PSTN ゲートウェイ</translation>
    </message>
    <message>
        <source>not a failure: nothing to retry</source>
        <translation>失敗ではないので、再試行するものはない</translation>
    </message>
    <message>
        <source>retries at the Contact addresses it was given</source>
        <translation>通知された Contact のアドレス宛てに再試行する</translation>
    </message>
    <message>
        <source>resends the same request with credentials for the challenge</source>
        <translation>チャレンジに対する認証情報を付けて同じリクエストを送り直す</translation>
    </message>
    <message>
        <source>may resend after changing the request as the response asks</source>
        <translation>応答の指示どおりにリクエストを直せば送り直せる</translation>
    </message>
    <message>
        <source>may try the same destination again later (after Retry-After, if given)</source>
        <translation>時間をおいて同じ宛先へ再試行できる（Retry-After があればその時間の後）</translation>
    </message>
    <message>
        <source>may try another server or route (next DNS SRV target, another trunk)</source>
        <translation>別のサーバや経路（次の DNS SRV ターゲット、別トランク）を試せる</translation>
    </message>
    <message>
        <source>should not retry this request</source>
        <translation>このリクエストを再試行すべきではない</translation>
    </message>
    <message>
        <source>Warning %1</source>
        <translation>Warning %1</translation>
    </message>
    <message>
        <source>Cause %1</source>
        <translation>理由表示 %1</translation>
    </message>
</context>
<context>
    <name>sipref::BookmarksPanel</name>
    <message>
        <source>The star could not be saved: %1</source>
        <translation>スターを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Open a code to star it</source>
        <translation type="vanished">コードを開くとスターを付けられます</translation>
    </message>
    <message>
        <source>Remove the star from %1</source>
        <translation type="vanished">%1 のスターを外す</translation>
    </message>
    <message>
        <source>Star %1: keep it in Bookmarks</source>
        <translation type="vanished">%1 にスターを付けてブックマークに入れる</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>No bookmarks yet. Star a code (☆) to keep it here.</source>
        <translation>ブックマークはまだありません。コードにスター（☆）を付けるとここに並びます。</translation>
    </message>
    <message>
        <source>Remove star</source>
        <translation>スターを外す</translation>
    </message>
    <message>
        <source>Star %1</source>
        <translation>%1 にスターを付ける</translation>
    </message>
    <message>
        <source>Star this code</source>
        <translation>このコードにスターを付ける</translation>
    </message>
    <message>
        <source>Open a code to star it (Ctrl+B)</source>
        <translation>スターを付けるには、まずコードを開いてください (Ctrl+B)</translation>
    </message>
    <message>
        <source>Remove the star from %1 (Ctrl+B)</source>
        <translation>%1 のスターを外す (Ctrl+B)</translation>
    </message>
    <message>
        <source>Star %1: keep it in Bookmarks (Ctrl+B)</source>
        <translation>%1 にスターを付けてブックマークに入れる (Ctrl+B)</translation>
    </message>
</context>
<context>
    <name>sipref::CompareView</name>
    <message>
        <source>Choose two codes</source>
        <translation>比較する 2 つのコードを選択</translation>
    </message>
    <message>
        <source>Pick a code at the top of each column to compare them.</source>
        <translation>各列の上部でコードを選ぶと比較が表示されます。</translation>
    </message>
    <message>
        <source>Swap the two columns</source>
        <translation>左右を入れ替え</translation>
    </message>
    <message>
        <source>Code in the left column</source>
        <translation>左列のコード</translation>
    </message>
    <message>
        <source>Code in the right column</source>
        <translation>右列のコード</translation>
    </message>
    <message>
        <source>Left code…</source>
        <translation>左のコード…</translation>
    </message>
    <message>
        <source>Right code…</source>
        <translation>右のコード…</translation>
    </message>
</context>
<context>
    <name>sipref::HistoryPanel</name>
    <message>
        <source>Clear history</source>
        <translation>履歴を消去</translation>
    </message>
    <message>
        <source>Codes you open or stay on are listed here, newest first.</source>
        <translation>開いたコードや、しばらく表示したコードが新しい順にここに並びます。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
</context>
<context>
    <name>sipref::LadderView</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Call flow exported by SipRef</source>
        <translation>SipRef が書き出した呼のフロー図</translation>
    </message>
    <message>
        <source>Pick a call to see its flow.</source>
        <translation>呼を選ぶとフロー図を表示します。</translation>
    </message>
    <message>
        <source>Retransmission of an earlier message</source>
        <translation>以前のメッセージの再送</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>Frame %1</source>
        <translation>フレーム %1</translation>
    </message>
</context>
<context>
    <name>sipref::MainWindow</name>
    <message>
        <source>About SipRef</source>
        <translation>SipRef について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SipRef %1&lt;/h3&gt;&lt;p&gt;A desktop reference for SIP response codes, SIP Warning codes and ITU-T Q.850 cause values, in English and Japanese.&lt;/p&gt;&lt;p&gt;Content database: %2 (%3 entries)&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SipRef %1&lt;/h3&gt;&lt;p&gt;SIP 応答コード、SIP Warning コード、ITU-T Q.850 理由表示を英語と日本語で引けるデスクトップリファレンスです。&lt;/p&gt;&lt;p&gt;コンテンツデータベース: %2（%3 項目）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SipRef — SIP and Q.850 code reference</source>
        <translation type="vanished">SipRef — SIP・Q.850 コードリファレンス</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>前のページに戻る (Alt+←)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Forward to the next page (Alt+Right)</source>
        <translation>次のページに進む (Alt+→)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Compare the current code with another, side by side (Ctrl+D)</source>
        <translation>表示中のコードを別のコードと並べて比較 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About SipRef</source>
        <translation>SipRef について(&amp;A)</translation>
    </message>
    <message>
        <source>Code, class (4xx), phrase, or a pasted SIP line</source>
        <translation type="vanished">コード・4xx・語句・SIP 行</translation>
    </message>
    <message>
        <source>Search as you type: 486, 48, 4xx, busy, ビジー, SIP/2.0 486 Busy Here, cause 17</source>
        <translation type="vanished">入力と同時に検索: 486、48、4xx、busy、ビジー、SIP/2.0 486 Busy Here、cause 17</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="vanished">
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>The content database could not be loaded</source>
        <translation type="vanished">コンテンツデータベースを読み込めませんでした</translation>
    </message>
    <message>
        <source>Reinstall SipRef or rebuild it; your own data is not affected.</source>
        <translation type="vanished">SipRef を再インストールするか、ビルドし直してください。ユーザデータには影響ありません。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="vanished">開く</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation type="vanished">%1 と比較</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation type="vanished">比較する相手を選ぶ…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="vanished">見つかりません</translation>
    </message>
    <message>
        <source>%1 is not in the content database.</source>
        <translation type="vanished">%1 はコンテンツデータベースにありません。</translation>
    </message>
    <message>
        <source>%1 — SipRef</source>
        <translation type="vanished">%1 — SipRef</translation>
    </message>
    <message>
        <source>SIP ⇄ Q.850</source>
        <translation>SIP ⇄ Q.850</translation>
    </message>
    <message>
        <source>RFC 3398 mapping between SIP responses and Q.850 causes (Ctrl+M)</source>
        <translation>SIP 応答と Q.850 理由表示の RFC 3398 マッピング (Ctrl+M)</translation>
    </message>
    <message>
        <source>Show SIP response codes</source>
        <translation type="vanished">SIP 応答コードを表示</translation>
    </message>
    <message>
        <source>Show SIP Warning codes</source>
        <translation type="vanished">SIP Warning コードを表示</translation>
    </message>
    <message>
        <source>Show Q.850 cause values</source>
        <translation type="vanished">Q.850 理由表示を表示</translation>
    </message>
    <message>
        <source>SIP</source>
        <translation type="vanished">SIP</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="vanished">Warning</translation>
    </message>
    <message>
        <source>Show %1 responses (%2)</source>
        <translation type="vanished">%1 の応答を表示（%2）</translation>
    </message>
    <message>
        <source>SIP and Q.850 mapping — SipRef</source>
        <translation type="vanished">SIP と Q.850 のマッピング — SipRef</translation>
    </message>
    <message>
        <source>Open a SIP trace or log</source>
        <translation type="vanished">SIP トレースまたはログを開く</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>トレーニング(&amp;T)</translation>
    </message>
    <message>
        <source>Explain a trace</source>
        <translation type="vanished">トレース解析</translation>
    </message>
    <message>
        <source>Paste or open a SIP trace or log and see every code in it explained (Ctrl+E)</source>
        <translation>SIP トレースやログを貼り付けるか開くと、含まれるコードをすべて解説します (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Open trace or log…</source>
        <translation>トレース・ログを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Export page as PDF…</source>
        <translation>このページを PDF に書き出す…</translation>
    </message>
    <message>
        <source>Print cheat sheet…</source>
        <translation>早見表を印刷…</translation>
    </message>
    <message>
        <source>Export cheat sheet as PDF…</source>
        <translation>早見表を PDF に書き出す…</translation>
    </message>
    <message>
        <source>Export bookmarks and notes…</source>
        <translation>ブックマークとメモを書き出す…</translation>
    </message>
    <message>
        <source>Import bookmarks and notes…</source>
        <translation>ブックマークとメモを読み込む…</translation>
    </message>
    <message>
        <source>&amp;Quiz…</source>
        <translation>クイズ(&amp;Q)…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Normal size</source>
        <translation>標準サイズ</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="vanished">検索結果</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="vanished">ブックマーク</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="vanished">履歴</translation>
    </message>
    <message>
        <source>Explain a trace — SipRef</source>
        <translation type="vanished">トレース解析 — SipRef</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="vanished">%1 と %2 の比較</translation>
    </message>
    <message>
        <source>SIP response codes — cheat sheet</source>
        <translation type="vanished">SIP 応答コード早見表</translation>
    </message>
    <message>
        <source>Export bookmarks and notes</source>
        <translation type="vanished">ブックマークとメモの書き出し</translation>
    </message>
    <message>
        <source>SipRef notes (*.json)</source>
        <translation type="vanished">SipRef メモ (*.json)</translation>
    </message>
    <message>
        <source>Bookmarks and notes exported to %1</source>
        <translation type="vanished">ブックマークとメモを %1 に書き出しました</translation>
    </message>
    <message>
        <source>Import bookmarks and notes</source>
        <translation type="vanished">ブックマークとメモの読み込み</translation>
    </message>
    <message>
        <source>SipRef notes (*.json);;All files (*)</source>
        <translation type="vanished">SipRef メモ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;Welcome and keys</source>
        <translation>はじめに・キー操作(&amp;W)</translation>
    </message>
    <message>
        <source>Saved as PDF: %1</source>
        <translation>PDF に保存しました: %1</translation>
    </message>
    <message>
        <source>Printing is not available: %1</source>
        <translation>印刷機能を利用できません: %1</translation>
    </message>
</context>
<context>
    <name>sipref::NotesPanel</name>
    <message>
        <source>Not saved: %1</source>
        <translation>保存できていません: %1</translation>
    </message>
    <message>
        <source>Kept until SipRef closes: your notes cannot be saved to disk.</source>
        <translation>メモをディスクに保存できないため、SipRef を閉じるまでの保持になります。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>My note on %1</source>
        <translation>%1 のメモ</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Write what you learned about this code: your own words, the calls you saw it on. Saved as you type.</source>
        <translation>このコードについて学んだことを書き留めておけます（自分の言葉で、実際に遭遇した呼のことなど）。入力と同時に保存されます。</translation>
    </message>
    <message>
        <source>Open a code to write a note on it.</source>
        <translation>コードを開くとメモを書けます。</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>sipref::PageStack</name>
    <message>
        <source>The content database could not be loaded</source>
        <translation>コンテンツデータベースを読み込めませんでした</translation>
    </message>
    <message>
        <source>Reinstall SipRef or rebuild it; your own data is not affected.</source>
        <translation>SipRef を再インストールするか、ビルドし直してください。ユーザデータには影響ありません。</translation>
    </message>
    <message>
        <source>No code, phrase or text matches “%1”. Check the spelling, try fewer words, or type a code such as 486 or 4xx.</source>
        <translation>「%1」に一致するコード、フレーズ、本文はありません。綴りを確かめるか、語を減らすか、486 や 4xx のようなコードを入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) hidden by the filters.</source>
        <translation>
            <numerusform>フィルタで %n 件が非表示になっています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>一致するものはありません</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>%1 is not in the content database.</source>
        <translation>%1 はコンテンツデータベースにありません。</translation>
    </message>
    <message>
        <source>Nothing matches “%1”</source>
        <translation>「%1」に一致するものはありません</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation type="vanished">%1 と %2 の比較</translation>
    </message>
    <message>
        <source>SIP and Q.850 mapping</source>
        <translation>SIP と Q.850 のマッピング</translation>
    </message>
    <message>
        <source>Explain a trace</source>
        <translation>トレース解析</translation>
    </message>
    <message>
        <source>SIP and Q.850 code reference</source>
        <translation>SIP・Q.850 コードリファレンス</translation>
    </message>
</context>
<context>
    <name>sipref::QuizDialog</name>
    <message>
        <source>Choose at least one SIP class.</source>
        <translation>SIP のクラスを 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>Choose at least one kind of code.</source>
        <translation>コードの種別を 1 つ以上選んでください。</translation>
    </message>
    <message>
        <source>No codes match this choice.</source>
        <translation>この条件に該当するコードがありません。</translation>
    </message>
    <message>
        <source>%1 codes match, so the round has %1 questions; no code is asked twice.</source>
        <translation>該当するコードは %1 個なので、出題は %1 問です（同じコードは 2 回出ません）。</translation>
    </message>
    <message>
        <source>%1 codes match; the round asks %2 of them, none twice.</source>
        <translation>該当するコードは %1 個で、そこから %2 問を重複なしで出題します。</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3 right so far</source>
        <translation>第 %1 問 / 全 %2 問 · ここまで %3 問正解</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="vanished">%1 を開く</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>正解。</translation>
    </message>
    <message>
        <source>Not quite. The answer is:</source>
        <translation>不正解。正解は:</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>次の問題</translation>
    </message>
    <message>
        <source>See the score</source>
        <translation>結果を見る</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>%2 問中 %1 問正解</translation>
    </message>
    <message>
        <source>No mistakes. Well done.</source>
        <translation>全問正解です。お見事。</translation>
    </message>
    <message>
        <source>Worth another look:</source>
        <translation>見直しておきたいコード:</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>クイズ</translation>
    </message>
    <message>
        <source>Test yourself on the codes</source>
        <translation>コードの理解度を確認する</translation>
    </message>
    <message>
        <source>Ask about:</source>
        <translation>出題する種別:</translation>
    </message>
    <message>
        <source>SIP responses</source>
        <translation>SIP 応答</translation>
    </message>
    <message>
        <source>SIP Warning codes</source>
        <translation>SIP Warning コード</translation>
    </message>
    <message>
        <source>Q.850 causes</source>
        <translation>Q.850 理由表示</translation>
    </message>
    <message>
        <source>SIP classes:</source>
        <translation>SIP のクラス:</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>問題数(&amp;Q):</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New round</source>
        <translation>もう一度(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>You chose:</source>
        <translation>選んだコード:</translation>
    </message>
    <message>
        <source>Common codes only (the ones met every day or often)</source>
        <translation>よく見るコードだけ（日常的に、またはしばしば出会うもの）</translation>
    </message>
</context>
<context>
    <name>sipref::ResultDelegate</name>
    <message>
        <source>No description yet</source>
        <translation>解説はまだありません</translation>
    </message>
</context>
<context>
    <name>sipref::SearchPane</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden by filters</source>
        <translation>
            <numerusform>フィルタで %n 件を非表示</numerusform>
        </translation>
    </message>
    <message>
        <source>show all</source>
        <translation>すべて表示</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Compare with %1</source>
        <translation>%1 と比較</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>比較する相手を選ぶ…</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="vanished">ブックマーク</translation>
    </message>
    <message>
        <source>History</source>
        <translation type="vanished">履歴</translation>
    </message>
    <message>
        <source>Show SIP response codes</source>
        <translation>SIP 応答コードを表示</translation>
    </message>
    <message>
        <source>Show SIP Warning codes</source>
        <translation>SIP Warning コードを表示</translation>
    </message>
    <message>
        <source>Show Q.850 cause values</source>
        <translation>Q.850 理由表示を表示</translation>
    </message>
    <message>
        <source>SIP</source>
        <translation>SIP</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Show %1 responses (%2)</source>
        <translation>%1 の応答を表示（%2）</translation>
    </message>
    <message>
        <source>Code, class (4xx), phrase, or a pasted SIP line</source>
        <translation>コード・4xx・語句・SIP 行</translation>
    </message>
    <message>
        <source>Search as you type: 486, 48, 4xx, busy, ビジー, SIP/2.0 486 Busy Here, cause 17</source>
        <translation>入力と同時に検索: 486、48、4xx、busy、ビジー、SIP/2.0 486 Busy Here、cause 17</translation>
    </message>
</context>
<context>
    <name>sipref::SingleInstance</name>
    <message>
        <source>Another instance of SipRef is already running.</source>
        <translation>SipRef はすでに起動しています。</translation>
    </message>
    <message>
        <source>The path of the single-instance socket is too long: %1</source>
        <translation>多重起動防止用ソケットのパスが長すぎます: %1</translation>
    </message>
</context>
<context>
    <name>sipref::TraceView</name>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation type="vanished">%1 はファイルではなくフォルダです</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Frame / Time</source>
        <translation>フレーム / 時刻</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>CSeq</source>
        <translation>CSeq</translation>
    </message>
    <message>
        <source>Registered phrase: %1</source>
        <translation>登録上のフレーズ: %1</translation>
    </message>
    <message>
        <source>(%1 characters pasted: too large to show here; explained below)</source>
        <translation>（%1 文字を貼り付けました。大きすぎるためここには表示せず、下に解説を表示します）</translation>
    </message>
    <message>
        <source>Open a SIP trace or log</source>
        <translation>SIP トレースまたはログを開く</translation>
    </message>
    <message>
        <source>Traces and logs (*.txt *.log *.sip *.pcap.txt);;All files (*)</source>
        <translation type="vanished">トレースとログ (*.txt *.log *.sip *.pcap.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Traces, logs and captures (*.txt *.log *.sip *.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>トレース、ログ、キャプチャ (*.txt *.log *.sip *.pcap *.pcapng *.cap);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>Paste a SIP trace or log below, open a file, or drop one here.</source>
        <translation>下に SIP トレースやログを貼り付けるか、ファイルを開くか、ここにドロップしてください。</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 を解析しています…</translation>
    </message>
    <message>
        <source>No SIP requests or responses found in %1.</source>
        <translation>%1 に SIP リクエストや応答が見つかりません。</translation>
    </message>
    <message>
        <source>%1: %2 SIP messages, %3 calls.</source>
        <translation>%1: SIP メッセージ %2 件、呼 %3 件。</translation>
    </message>
    <message>
        <source>Cancelled: showing what was found in the first %1 MB of %2.</source>
        <translation>キャンセルしました。%2 の先頭 %1 MB で見つかった分を表示しています。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>(not registered)</source>
        <translation type="vanished">（未登録）</translation>
    </message>
    <message>
        <source>SIP messages: %1 (requests: %2, responses: %3); calls: %4</source>
        <translation type="vanished">SIP メッセージ %1 件（リクエスト %2 件、応答 %3 件）、呼 %4 件</translation>
    </message>
    <message>
        <source>Final responses</source>
        <translation type="vanished">最終応答</translation>
    </message>
    <message>
        <source>Q.850 causes</source>
        <translation type="vanished">Q.850 理由表示</translation>
    </message>
    <message>
        <source>Warning codes</source>
        <translation type="vanished">Warning コード</translation>
    </message>
    <message>
        <source>Call outcomes</source>
        <translation type="vanished">呼の結果</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Paste a SIP trace or log here: raw SIP, sngrep or tshark text, sipp -trace_msg, or an Asterisk, FreeSWITCH, Kamailio or OpenSIPS log. Or drop a file.</source>
        <translation>ここに SIP トレースやログを貼り付けてください（生の SIP、sngrep・tshark のテキスト出力、sipp -trace_msg、Asterisk・FreeSWITCH・Kamailio・OpenSIPS のログ）。ファイルをドロップすることもできます。</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="vanished">備考</translation>
    </message>
    <message numerus="yes">
        <source>%1: no whole SIP messages; %n code(s) named in log lines.</source>
        <translation>
            <numerusform>%1: SIP メッセージ全体はなく、ログ行に %n 件のコードがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentioned in log lines (not whole SIP messages)</source>
        <translation type="vanished">ログ行に現れたコード（SIP メッセージ全体ではないもの）</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="vanished">%1 行目</translation>
    </message>
    <message>
        <source>(no Call-ID on the line)</source>
        <translation type="vanished">（行に Call-ID なし）</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Call flow</source>
        <translation>呼のフロー</translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation>呼(&amp;C):</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Export the ladder, the call list or the whole explanation</source>
        <translation>ラダー図、呼の一覧、または解説全体を書き出します</translation>
    </message>
    <message>
        <source>Ladder as PNG image…</source>
        <translation>ラダー図を PNG 画像で…</translation>
    </message>
    <message>
        <source>Ladder as SVG drawing…</source>
        <translation>ラダー図を SVG で…</translation>
    </message>
    <message>
        <source>Call list as CSV…</source>
        <translation>呼の一覧を CSV で…</translation>
    </message>
    <message>
        <source>Whole explanation as PDF…</source>
        <translation>解説全体を PDF で…</translation>
    </message>
    <message>
        <source>Call flow ladder</source>
        <translation>呼のラダー図</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Check first</source>
        <translation>まず確認すること</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="vanished">%1 を開く</translation>
    </message>
    <message>
        <source>From → To</source>
        <translation>送信元 → 宛先</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="vanished">時刻</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Retransmission of an earlier message</source>
        <translation type="vanished">以前のメッセージの再送</translation>
    </message>
    <message>
        <source>There is no call to export.</source>
        <translation>書き出す呼がありません。</translation>
    </message>
    <message>
        <source>Call flow of %1</source>
        <translation>%1 の呼のフロー</translation>
    </message>
    <message>
        <source>Trace explanation</source>
        <translation>トレースの解説</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 図 (*.svg)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
    <message>
        <source>No whole SIP messages to draw: the codes the log lines name are listed in the summary above.</source>
        <translation>描画できる SIP メッセージ全体がありません。ログ行に現れたコードは上の概要に一覧があります。</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>トランスポート</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>診断</translation>
    </message>
</context>
<context>
    <name>sipref::UserStore</name>
    <message>
        <source>Your bookmarks and notes cannot be saved: the folder %1 cannot be created. SipRef works as usual, but what you change now is lost when you quit.</source>
        <translation>フォルダ %1 を作成できないため、ブックマークとメモを保存できません。SipRef はそのまま使えますが、ここで変更した内容は終了時に失われます。</translation>
    </message>
    <message>
        <source>Your saved bookmarks and notes in %1 cannot be read (%2), and the file cannot be moved aside (%3). It was left untouched; what you change now is not saved.</source>
        <translation>%1 に保存されたブックマークとメモを読み込めず（%2）、ファイルを退避することもできません（%3）。ファイルには手を付けていません。ここで変更した内容は保存されません。</translation>
    </message>
    <message>
        <source>Your saved bookmarks and notes in %1 could not be read (%2). The damaged file was kept as %3 and a new, empty one was started.</source>
        <translation>%1 に保存されたブックマークとメモを読み込めませんでした（%2）。壊れたファイルは %3 として残し、新しい空のファイルで始めています。</translation>
    </message>
    <message>
        <source>Your saved bookmarks and notes in %1 could not be read (%2); the damaged file was kept as %3. A new one cannot be created (%4), so what you change now is not saved.</source>
        <translation>%1 に保存されたブックマークとメモを読み込めませんでした（%2）。壊れたファイルは %3 として残しました。新しいファイルを作成できないため（%4）、ここで変更した内容は保存されません。</translation>
    </message>
    <message>
        <source>Your bookmarks and notes cannot be saved: %1. SipRef shows what was saved before, but what you change now is lost when you quit.</source>
        <translation>ブックマークとメモを保存できません（%1）。以前保存した内容は表示しますが、ここで変更した内容は終了時に失われます。</translation>
    </message>
    <message>
        <source>the file %1 is read-only</source>
        <translation>ファイル %1 が読み取り専用です</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>フォルダ %1 が読み取り専用です</translation>
    </message>
    <message>
        <source>the integrity check reports: %1</source>
        <translation>整合性チェックの結果: %1</translation>
    </message>
    <message>
        <source>the file was written by a newer version of SipRef (data version %1; this version reads up to %2)</source>
        <translation>より新しい SipRef で書かれたファイルです（データのバージョン %1、この SipRef が読めるのは %2 まで）</translation>
    </message>
    <message>
        <source>the file is not a SipRef user database</source>
        <translation>SipRef のユーザデータベースではありません</translation>
    </message>
    <message>
        <source>the database cannot be switched to write-ahead logging (journal mode %1)</source>
        <translation>データベースを WAL モードに切り替えられません（ジャーナルモード %1）</translation>
    </message>
    <message>
        <source>the data could not be updated to version %1: %2</source>
        <translation>データをバージョン %1 に更新できませんでした: %2</translation>
    </message>
    <message>
        <source>The user data cannot be kept even in memory: %1</source>
        <translation>ユーザデータをメモリ上にも保持できません: %1</translation>
    </message>
    <message>
        <source>Your bookmarks and notes are not available.</source>
        <translation>ブックマークとメモを利用できません。</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>保存できませんでした: %1</translation>
    </message>
    <message>
        <source>There is no code to star.</source>
        <translation>スターを付けるコードがありません。</translation>
    </message>
    <message>
        <source>There is no code to attach the note to.</source>
        <translation>メモを付けるコードがありません。</translation>
    </message>
</context>
</TS>
